package fr.metropolerouen.guichetess.dossier;

/** The outcome of one eligibility criterion, with the French reason shown to officers and applicants. */
public record CriterionOutcome(String code, Outcome outcome, String reason) {

	public enum Outcome {

		MET, NOT_MET, NEEDS_REVIEW

	}

}
