package fr.metropolerouen.guichetess.eligibility;

import java.math.BigDecimal;
import java.util.List;

import fr.metropolerouen.guichetess.dossier.CriterionOutcome;
import fr.metropolerouen.guichetess.dossier.EligibilityVerdict;

/**
 * What a rule-set version says of a dossier: each criterion with its reason, the verdict, and the amount the rules
 * allow (null when the data needed to compute it is missing).
 */
public record Evaluation(String ruleSetVersion, List<CriterionOutcome> criteria, EligibilityVerdict verdict,
		BigDecimal amount) {
}
