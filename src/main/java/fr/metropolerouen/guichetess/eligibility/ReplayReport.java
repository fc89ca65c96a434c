package fr.metropolerouen.guichetess.eligibility;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.dossier.DossierStatus;
import fr.metropolerouen.guichetess.dossier.EligibilityVerdict;
import fr.metropolerouen.guichetess.scheme.AidScheme;

/**
 * What a rule-set version would have changed on past dossiers: only the dossiers whose verdict, criteria or amount
 * differ are listed; {@code evaluated} says how many were judged again.
 */
record ReplayReport(AidScheme scheme, String version, int evaluated, int changed, List<Change> changes) {

	/** One dossier whose outcome or amount would change; the difference is replayed minus current. */
	record Change(UUID dossierId, String reference, DossierStatus status, String currentRuleSetVersion,
			EligibilityVerdict currentVerdict, EligibilityVerdict replayedVerdict, BigDecimal currentAmount,
			BigDecimal replayedAmount, BigDecimal amountDifference, List<String> changedCriteria) {
	}

}
