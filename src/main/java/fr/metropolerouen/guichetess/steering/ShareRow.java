package fr.metropolerouen.guichetess.steering;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.metropolerouen.guichetess.steering.YearIndicators.Beneficiaries;
import fr.metropolerouen.guichetess.steering.YearIndicators.SchemeIndicators;
import fr.metropolerouen.guichetess.steering.YearIndicators.Share;

/**
 * One legal family (or commune) of the beneficiaries, with its count in each column: the pages' tables and charts
 * and the annual report show the beneficiaries this way, one column per scheme then the total.
 */
record ShareRow(String label, List<Long> counts) {

	/**
	 * One row per family or commune granted in any scheme, in the order of the last column (the total: most numerous
	 * first); a column without it counts 0.
	 */
	static List<ShareRow> pivot(List<SchemeIndicators> columns, Function<Beneficiaries, List<Share>> shares) {
		List<Map<String, Long>> counts = columns.stream()
			.map(column -> shares.apply(column.beneficiaries())
				.stream()
				.collect(Collectors.toMap(Share::code, Share::count)))
			.toList();
		return shares.apply(columns.get(columns.size() - 1).beneficiaries())
			.stream()
			.map(share -> new ShareRow(share.label(),
					counts.stream().map(ofColumn -> ofColumn.getOrDefault(share.code(), 0L)).toList()))
			.toList();
	}

}
