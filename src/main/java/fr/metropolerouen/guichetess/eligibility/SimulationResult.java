package fr.metropolerouen.guichetess.eligibility;

import java.math.BigDecimal;

import fr.metropolerouen.guichetess.dossier.EligibilityView;
import fr.metropolerouen.guichetess.scheme.AidScheme;

/**
 * The answer of the simulator: eligibility as a dossier shows it, and the indicative amount (what a dossier shows as
 * {@code suggestedAmount}). Nothing is saved; the committee alone decides.
 */
record SimulationResult(AidScheme scheme, String ruleSetVersion, EligibilityView eligibility,
		BigDecimal indicativeAmount, String notice) {
}
