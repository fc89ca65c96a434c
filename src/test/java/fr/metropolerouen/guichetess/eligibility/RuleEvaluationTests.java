package fr.metropolerouen.guichetess.eligibility;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.metropolerouen.guichetess.dossier.CriterionOutcome;
import fr.metropolerouen.guichetess.dossier.EligibilityVerdict;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.scheme.Territory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** How an evaluation reads what the decision tables return. */
class RuleEvaluationTests {

	private final Territory territory = mock(Territory.class);

	@Test
	void aCriterionNoRowJudgedIsLeftToTheOfficerNeverPassed() {
		RulesEngine engine = new StubEngine(List.of(new RulesEngine.CriterionRow("TERRITORY", "MET", "Sur le territoire."),
				new RulesEngine.CriterionRow("OPERATING_REVENUE_SHARE", null, null)), Optional.of("12000"));
		when(territory.contains(any())).thenReturn(true);

		Evaluation evaluation = new RuleEvaluation(engine, null, null, null, territory).evaluate(
				RuleFixtures.v1(AidScheme.LOCATION_ESS), RuleFixtures.eligible(AidScheme.LOCATION_ESS).build(),
				RuleFixtures.eligibleOrganisation(), RuleFixtures.SUBMISSION_DATE, AidHistory.NONE);

		assertThat(evaluation.criteria()).extracting(CriterionOutcome::code, CriterionOutcome::outcome)
			.containsExactly(tuple("TERRITORY", CriterionOutcome.Outcome.MET),
					tuple("OPERATING_REVENUE_SHARE", CriterionOutcome.Outcome.NEEDS_REVIEW));
		assertThat(evaluation.criteria().get(1).reason()).contains("examiner");
		assertThat(evaluation.criteria()).allSatisfy(c -> assertThat(c.ruleSetVersion()).isEqualTo("1"));
		assertThat(evaluation.verdict()).isEqualTo(EligibilityVerdict.NEEDS_REVIEW);
		assertThat(evaluation.amount()).isEqualByComparingTo("12000.00");
		assertThat(evaluation.amount().scale()).isEqualTo(2);
	}

	@Test
	void noAmountFromTheTableMeansNoAmountNotZero() {
		RulesEngine engine = new StubEngine(List.of(new RulesEngine.CriterionRow("TERRITORY", "MET", "Sur le territoire.")),
				Optional.empty());

		Evaluation evaluation = new RuleEvaluation(engine, null, null, null, territory).evaluate(
				RuleFixtures.v1(AidScheme.IMMOBILIER_ESS), RuleFixtures.eligible(AidScheme.IMMOBILIER_ESS).build(),
				RuleFixtures.eligibleOrganisation(), RuleFixtures.SUBMISSION_DATE, AidHistory.NONE);

		assertThat(evaluation.amount()).isNull();
	}

	private record StubEngine(List<CriterionRow> rows, Optional<String> amount) implements RulesEngine {

		@Override
		public List<CriterionRow> eligibility(String decisionKey, Map<String, Object> inputs) {
			return rows;
		}

		@Override
		public Optional<String> amount(String decisionKey, Map<String, Object> inputs) {
			return amount;
		}

	}

}
