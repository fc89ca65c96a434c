package fr.metropolerouen.guichetess.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.scheme.AidScheme;

/**
 * A history file, imported or only checked ({@code dryRun}), and what it holds per scheme.
 *
 * @param id null for a file only checked
 */
record HistoryImportView(UUID id, String fileName, boolean dryRun, int grants, List<SchemeTotal> schemes,
		Instant importedAt, String importedBy) {

	record SchemeTotal(AidScheme scheme, int grants, int fromYear, int toYear, BigDecimal engaged, BigDecimal paid) {
	}

}
