package fr.metropolerouen.guichetess.dossier;

/**
 * The outcome of one eligibility criterion, with the French reason shown to officers and applicants, and the
 * version of the scheme's rules that judged it.
 */
public record CriterionOutcome(String code, Outcome outcome, String reason, String ruleSetVersion) {

	public enum Outcome {

		MET, NOT_MET, NEEDS_REVIEW

	}

}
