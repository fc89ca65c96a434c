package fr.metropolerouen.guichetess.dossier;

import java.time.Instant;
import java.util.List;

/**
 * The dossier's eligibility: {@code eligible} is the standing answer (the automatic verdict, or the officer's when
 * the verdict was not "eligible"), null until assessed; {@code criteria} gives each criterion with its reason.
 */
public record EligibilityView(Boolean eligible, EligibilityVerdict verdict, Instant assessedAt,
		List<CriterionOutcome> criteria, OfficerDecision officerDecision) {

	/** The officer's answer to an automatic verdict other than "eligible". */
	public record OfficerDecision(boolean confirmedIneligible, String justification, String decidedBy,
			Instant decidedAt) {
	}

	static EligibilityView of(Dossier dossier) {
		EligibilityColumns columns = dossier.eligibility();
		OfficerDecision officer = columns.officerDecision() == null ? null
				: new OfficerDecision(
						columns.officerDecision() == EligibilityColumns.OfficerDecision.CONFIRMED_INELIGIBLE,
						columns.justification(), columns.decidedBy(), columns.decidedAt());
		Boolean eligible = columns.verdict() == null ? null : dossier.isEligibleForReview();
		return new EligibilityView(eligible, columns.verdict(), columns.assessedAt(), dossier.eligibilityCriteria(),
				officer);
	}

}
