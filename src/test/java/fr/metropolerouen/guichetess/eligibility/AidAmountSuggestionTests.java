package fr.metropolerouen.guichetess.eligibility;

import static fr.metropolerouen.guichetess.eligibility.RuleFixtures.amount;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import fr.metropolerouen.guichetess.eligibility.DmnTestEngine.Evaluated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The amount decision of version 1 on the bare DMN engine: one rule per scheme, whose result is a decimal string
 * rounded down to the rounding unit, within every cap that is present, never negative. An empty cell is an absent
 * input (null); an empty expected amount is no amount.
 */
class AidAmountSuggestionTests {

	private static final DmnTestEngine DMN = DmnTestEngine.load(DmnTestEngine.AMOUNT);

	/** Immobilier: 10 % of the eligible expenses, within the cap, the request, the de minimis room, the own funds. */
	@ParameterizedTest(name = "{0}: expenses {1}, cap {2}, requested {3}, de minimis room {4}, own funds {5}, "
			+ "unit {6} → {7}")
	@CsvSource({
			"Rule_AidAmountSuggestion_Immobilier, 123456.78, 200000, , 300000.00, , 1, 12345",
			"Rule_AidAmountSuggestion_Immobilier, 123456.78, 200000, , 300000.00, , 0.01, 12345.67",
			"Rule_AidAmountSuggestion_Immobilier, 123456.78, 200000, 50000.00, 300000.00, 80000.00, 1, 12345",
			"Rule_AidAmountSuggestion_Immobilier, 3000000.00, 200000, , 300000.00, , 1, 200000",
			"Rule_AidAmountSuggestion_Immobilier, 3000000.00, , , 300000.00, , 1, 300000",
			"Rule_AidAmountSuggestion_Immobilier, 3000000.00, , , , , 1, 300000",
			"Rule_AidAmountSuggestion_Immobilier, 500000.00, 200000, 40000.55, 300000.00, , 1, 40000",
			"Rule_AidAmountSuggestion_Immobilier, 500000.00, 200000, 40000.55, 300000.00, , 0.01, 40000.55",
			"Rule_AidAmountSuggestion_Immobilier, 500000.00, 200000, 50000.00, 12345.67, , 1, 12345",
			"Rule_AidAmountSuggestion_Immobilier, 500000.00, 200000, 50000.00, 0.00, , 1, 0",
			"Rule_AidAmountSuggestion_Immobilier, 500000.00, 200000, 50000.00, 300000.00, 8000.99, 1, 8000",
			"Rule_AidAmountSuggestion_Immobilier, 500000.00, 200000, 50000.00, 300000.00, 8000.99, 0.01, 8000.99",
			"Rule_AidAmountSuggestion_Immobilier, 500000.00, 200000, 50000.00, 300000.00, 0.00, 1, 0",
			"Rule_AidAmountSuggestion_Immobilier, 500000.00, 200000, 50000.00, 300000.00, -0.01, 1, 0",
			"Rule_AidAmountSuggestion_Immobilier, 500000.00, 200000, 50000.00, 300000.00, -50000.00, 0.01, 0",
			"Rule_AidAmountSuggestion_Immobilier, 9.99, 200000, 50000.00, 300000.00, , 1, 0",
			"Rule_AidAmountSuggestion_Immobilier, 9.99, 200000, 50000.00, 300000.00, , 0.01, 0.99",
			"Rule_AidAmountSuggestion_Immobilier, , 200000, 50000.00, 300000.00, 80000.00, 1, ",
	})
	void immobilier(String ruleId, String expenses, String aidCap, String requested, String deMinimisRoom,
			String ownFunds, String roundingUnit, String expected) {
		Map<String, Object> inputs = RuleFixtures.inputs(RuleFixtures.eligibleImmobilier());
		inputs.put("eligibleExpenses", amount(expenses));
		inputs.put("aidCap", amount(aidCap));
		inputs.put("requestedAmount", amount(requested));
		inputs.put("deMinimisRoom", amount(deMinimisRoom));
		inputs.put("ownFunds", amount(ownFunds));
		inputs.put("roundingUnit", amount(roundingUnit));

		assertAmount(inputs, ruleId, expected);
	}

	/**
	 * Location: the monthly rent at 50 % the first year, 30 % the second, 20 % the third, within the lease's
	 * duration; within the cap, the request, the de minimis room and the room under the cap per organisation.
	 */
	@ParameterizedTest(name = "{0}: rent {1} × {2} months, cap {3}, requested {4}, de minimis room {5}, "
			+ "organisation room {6}, unit {7} → {8}")
	@CsvSource({
			"Rule_AidAmountSuggestion_Location, 1000.00, 1, 200000, , 300000.00, 200000.00, 1, 500",
			"Rule_AidAmountSuggestion_Location, 1000.00, 6, 200000, , 300000.00, 200000.00, 1, 3000",
			"Rule_AidAmountSuggestion_Location, 1000.00, 12, 200000, , 300000.00, 200000.00, 1, 6000",
			"Rule_AidAmountSuggestion_Location, 1000.00, 18, 200000, , 300000.00, 200000.00, 1, 7800",
			"Rule_AidAmountSuggestion_Location, 1000.00, 24, 200000, , 300000.00, 200000.00, 1, 9600",
			"Rule_AidAmountSuggestion_Location, 1000.00, 30, 200000, , 300000.00, 200000.00, 1, 10800",
			"Rule_AidAmountSuggestion_Location, 1000.00, 36, 200000, , 300000.00, 200000.00, 1, 12000",
			"Rule_AidAmountSuggestion_Location, 1000.00, 48, 200000, , 300000.00, 200000.00, 1, 12000",
			"Rule_AidAmountSuggestion_Location, 1000.00, 240, 200000, , 300000.00, 200000.00, 1, 12000",
			"Rule_AidAmountSuggestion_Location, 1234.56, 18, 200000, , 300000.00, 200000.00, 1, 9629",
			"Rule_AidAmountSuggestion_Location, 1234.56, 18, 200000, , 300000.00, 200000.00, 0.01, 9629.56",
			"Rule_AidAmountSuggestion_Location, 100000.00, 36, 200000, , 300000.00, 300000.00, 1, 200000",
			"Rule_AidAmountSuggestion_Location, 100000.00, 36, , , 300000.00, 300000.00, 1, 300000",
			"Rule_AidAmountSuggestion_Location, 100000.00, 36, , , , , 1, 1200000",
			"Rule_AidAmountSuggestion_Location, 1000.00, 36, 200000, 10000.00, 300000.00, 200000.00, 1, 10000",
			"Rule_AidAmountSuggestion_Location, 1000.00, 36, 200000, 9999.99, 300000.00, 200000.00, 1, 9999",
			"Rule_AidAmountSuggestion_Location, 1000.00, 36, 200000, 12000.00, 5000.55, 200000.00, 1, 5000",
			"Rule_AidAmountSuggestion_Location, 1000.00, 36, 200000, 12000.00, 5000.55, 200000.00, 0.01, 5000.55",
			"Rule_AidAmountSuggestion_Location, 1000.00, 36, 200000, 12000.00, 300000.00, 2500.00, 1, 2500",
			"Rule_AidAmountSuggestion_Location, 1000.00, 36, 200000, 12000.00, 300000.00, 0.01, 0.01, 0.01",
			"Rule_AidAmountSuggestion_Location, 1000.00, 36, 200000, 12000.00, 300000.00, 0.01, 1, 0",
			"Rule_AidAmountSuggestion_Location, 1000.00, 36, 200000, 12000.00, 300000.00, 0.00, 1, 0",
			"Rule_AidAmountSuggestion_Location, , 36, 200000, 12000.00, 300000.00, 200000.00, 1, ",
			"Rule_AidAmountSuggestion_Location, 1000.00, , 200000, 12000.00, 300000.00, 200000.00, 1, ",
	})
	void location(String ruleId, String monthlyRent, Integer months, String aidCap, String requested,
			String deMinimisRoom, String organisationCapRoom, String roundingUnit, String expected) {
		Map<String, Object> inputs = RuleFixtures.inputs(RuleFixtures.eligibleLocation());
		inputs.put("monthlyRent", amount(monthlyRent));
		inputs.put("leaseDurationMonths", months);
		inputs.put("aidCap", amount(aidCap));
		inputs.put("requestedAmount", amount(requested));
		inputs.put("deMinimisRoom", amount(deMinimisRoom));
		inputs.put("organisationCapRoom", amount(organisationCapRoom));
		inputs.put("roundingUnit", amount(roundingUnit));

		assertAmount(inputs, ruleId, expected);
	}

	@Test
	void ownFundsDoNotLimitLocationAid() {
		Map<String, Object> inputs = RuleFixtures
			.inputs(RuleFixtures.eligibleLocation().ownFunds(new BigDecimal("-100.00")));

		Evaluated result = DMN.evaluate("AidAmountSuggestion", inputs);

		assertThat(result.matchedRules()).containsExactly("Rule_AidAmountSuggestion_Location");
		assertThat(result.row().get("suggestedAmount")).isEqualTo("12000");
	}

	@Test
	void theInputsOfAnEligibleDossierGiveItsAmount() {
		Map<String, Object> immobilier = RuleFixtures.inputs(RuleFixtures.eligibleImmobilier()
			.eligibleExpenses(new BigDecimal("456789.12"))
			.requestedAmount(new BigDecimal("60000.00"))
			.deMinimisAid(RuleFixtures.SUBMISSION_DATE.minusYears(1), new BigDecimal("260000.00")));
		Map<String, Object> location = RuleFixtures.inputs(RuleFixtures.eligibleLocation(),
				RuleFixtures.eligibleOrganisation(), new AidHistory(new BigDecimal("195000.00"),
						new BigDecimal("195000.00"), 0));

		// 10 % of the expenses (45 678,91) is capped by the de minimis room (300 000 − 260 000)
		assertThat(DMN.evaluate("AidAmountSuggestion", immobilier).row().get("suggestedAmount")).isEqualTo("40000");
		// 12 000 € of rent aid is capped by the room under the cap per organisation (200 000 − 195 000)
		assertThat(DMN.evaluate("AidAmountSuggestion", location).row().get("suggestedAmount")).isEqualTo("5000");
	}

	@Test
	void anotherSchemeGetsNoAmount() {
		Map<String, Object> inputs = RuleFixtures.inputs(RuleFixtures.eligibleImmobilier());
		inputs.put("scheme", "AUTRE_DISPOSITIF");

		Evaluated result = DMN.evaluate("AidAmountSuggestion", inputs);

		assertThat(result.matchedRules()).isEmpty();
		assertThat(result.rows()).isEmpty();
	}

	@Test
	void everyRuleOfTheFileHasACase() {
		assertThat(DmnTestEngine.csvRuleIds(AidAmountSuggestionTests.class))
			.containsExactlyInAnyOrderElementsOf(DMN.ruleIds());
	}

	private static void assertAmount(Map<String, Object> inputs, String ruleId, String expected) {
		Evaluated result = DMN.evaluate("AidAmountSuggestion", inputs);

		assertThat(result.matchedRules()).as("matched rule").containsExactly(ruleId);
		assertThat(result.row().get("suggestedAmount")).as("suggested amount").isEqualTo(expected);
	}

}
