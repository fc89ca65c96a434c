package fr.metropolerouen.guichetess.steering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Median and 90th percentile of durations, by linear interpolation between the closest ranks: the method of the
 * spreadsheets' PERCENTILE.INC (and MEDIAN), so that finance can check a figure from the exported durations.
 */
final class Percentiles {

	static final BigDecimal MEDIAN = new BigDecimal("0.5");

	static final BigDecimal NINETIETH = new BigDecimal("0.9");

	private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

	private Percentiles() {
	}

	/** The percentile {@code p} (between 0 and 1) of durations in seconds, in days with one decimal; null if none. */
	static BigDecimal inDays(List<Long> seconds, BigDecimal p) {
		if (seconds.isEmpty()) {
			return null;
		}
		List<Long> sorted = seconds.stream().sorted().toList();
		BigDecimal rank = p.multiply(BigDecimal.valueOf(sorted.size() - 1L));
		int lower = rank.intValue();
		BigDecimal fraction = rank.subtract(BigDecimal.valueOf(lower));
		BigDecimal low = BigDecimal.valueOf(sorted.get(lower));
		BigDecimal high = BigDecimal.valueOf(sorted.get(Math.min(lower + 1, sorted.size() - 1)));
		BigDecimal value = low.add(high.subtract(low).multiply(fraction));
		return value.divide(SECONDS_PER_DAY, 1, RoundingMode.HALF_UP);
	}

}
