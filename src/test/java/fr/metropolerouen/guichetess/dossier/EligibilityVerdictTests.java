package fr.metropolerouen.guichetess.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import fr.metropolerouen.guichetess.dossier.CriterionOutcome.Outcome;
import org.junit.jupiter.api.Test;

class EligibilityVerdictTests {

	@Test
	void aDossierMeetingEveryCriterionIsEligible() {
		assertThat(EligibilityVerdict.of(List.of(criterion("TERRITORY", Outcome.MET),
				criterion("EMPLOYEES", Outcome.MET), criterion("DE_MINIMIS", Outcome.MET))))
			.isEqualTo(EligibilityVerdict.ELIGIBLE);
	}

	@Test
	void oneCriterionToReviewMakesTheVerdictNeedReview() {
		assertThat(EligibilityVerdict.of(List.of(criterion("TERRITORY", Outcome.MET),
				criterion("ESS_MEMBERSHIP", Outcome.NEEDS_REVIEW))))
			.isEqualTo(EligibilityVerdict.NEEDS_REVIEW);
	}

	@Test
	void oneUnmetCriterionMakesTheDossierIneligible() {
		assertThat(EligibilityVerdict.of(List.of(criterion("TERRITORY", Outcome.MET),
				criterion("EMPLOYEES", Outcome.NOT_MET))))
			.isEqualTo(EligibilityVerdict.INELIGIBLE);
	}

	@Test
	void anUnmetCriterionPrevailsOverACriterionToReviewWhateverTheOrder() {
		List<CriterionOutcome> reviewFirst = List.of(criterion("ESS_MEMBERSHIP", Outcome.NEEDS_REVIEW),
				criterion("TERRITORY", Outcome.NOT_MET));
		List<CriterionOutcome> unmetFirst = List.of(criterion("TERRITORY", Outcome.NOT_MET),
				criterion("ESS_MEMBERSHIP", Outcome.NEEDS_REVIEW));

		assertThat(EligibilityVerdict.of(reviewFirst)).isEqualTo(EligibilityVerdict.INELIGIBLE);
		assertThat(EligibilityVerdict.of(unmetFirst)).isEqualTo(EligibilityVerdict.INELIGIBLE);
	}

	private static CriterionOutcome criterion(String code, Outcome outcome) {
		return new CriterionOutcome(code, outcome, "Motif du critère " + code + ".", "1");
	}

}
