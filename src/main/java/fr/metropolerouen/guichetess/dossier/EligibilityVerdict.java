package fr.metropolerouen.guichetess.dossier;

import java.util.List;

/** The automatic eligibility result: one unmet criterion makes a dossier ineligible. */
public enum EligibilityVerdict {

	ELIGIBLE, NEEDS_REVIEW, INELIGIBLE;

	public static EligibilityVerdict of(List<CriterionOutcome> criteria) {
		if (criteria.isEmpty()) {
			throw new IllegalArgumentException("A verdict judges at least one criterion");
		}
		if (criteria.stream().anyMatch(c -> c.outcome() == CriterionOutcome.Outcome.NOT_MET)) {
			return INELIGIBLE;
		}
		if (criteria.stream().anyMatch(c -> c.outcome() == CriterionOutcome.Outcome.NEEDS_REVIEW)) {
			return NEEDS_REVIEW;
		}
		return ELIGIBLE;
	}

}
