package fr.metropolerouen.guichetess.eligibility;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.metropolerouen.guichetess.shared.Money;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The aid amount table on the bare DMN engine. The first CSV column is the id of the rule that must match. Inputs
 * are built as {@link AidAmountFacts#factsFor} builds them (absent figures and parameters as null), with the scheme
 * parameters of {@code application.yml}. Amounts are compared as {@link BigDecimal}, never as doubles.
 */
class AidAmountSuggestionTests {

	private static final String RESOURCE = "processes/amount/AidAmountSuggestion.dmn";

	/** Scheme parameters as configured in application.yml (guichet.schemes.*.parameters). */
	private static final Map<String, Map<String, BigDecimal>> PARAMETERS = Map.of(
			"IMMOBILIER_ESS", Map.of("aidRate", new BigDecimal("0.10"), "aidCap", new BigDecimal("200000.00")),
			"LOCATION_ESS", Map.of("firstYearRate", new BigDecimal("0.50"), "secondYearRate", new BigDecimal("0.30"),
					"thirdYearRate", new BigDecimal("0.20"), "aidCap", new BigDecimal("200000.00")));

	private static final List<DmnDecisionEvaluationEvent> evaluations = new ArrayList<>();

	private static DmnModelInstance model;

	private static DmnEngine engine;

	private static DmnDecision decision;

	@BeforeAll
	static void parseTable() throws IOException {
		engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
			.customPostDecisionEvaluationListeners(List.of(evaluations::add))
			.buildEngine();
		try (InputStream in = AidAmountSuggestionTests.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			assertThat(in).as(RESOURCE).isNotNull();
			model = Dmn.readModelFromStream(in);
		}
		decision = engine.parseDecision("AidAmountSuggestion", model);
	}

	@BeforeEach
	void forgetEvaluations() {
		evaluations.clear();
	}

	@ParameterizedTest(name = "{1}: {2} of expenses, {6} requested → {7} ({0})")
	@CsvSource({
		// rate applies, the request caps it: 450 000 × 10 % = 45 000 ≤ 60 000
		"Rule_AidAmountSuggestion_Immobilier, IMMOBILIER_ESS, 450000.00,         ,    ,  60000.00,  45000.00",
		// 123 456.78 × 10 % = 12 345.678, rounded down to the cent
		"Rule_AidAmountSuggestion_Immobilier, IMMOBILIER_ESS, 123456.78,         ,    ,  60000.00,  12345.67",
		// 99.99 × 10 % = 9.999 → 9.99 (rounded down, never up)
		"Rule_AidAmountSuggestion_Immobilier, IMMOBILIER_ESS,     99.99,         ,    ,  60000.00,      9.99",
		// the cap of the scheme: 5 000 000 × 10 % = 500 000 > 200 000, request 300 000
		"Rule_AidAmountSuggestion_Immobilier, IMMOBILIER_ESS, 5000000.00,        ,    , 300000.00, 200000.00",
		// the request: 450 000 × 10 % = 45 000 > 30 000.55 requested
		"Rule_AidAmountSuggestion_Immobilier, IMMOBILIER_ESS, 450000.00,         ,    ,  30000.55,  30000.55",
		// exactly the cap
		"Rule_AidAmountSuggestion_Immobilier, IMMOBILIER_ESS, 2000000.00,        ,    , 200000.00, 200000.00",
		// 36 months: 1 250 × (12 × 0.5 + 12 × 0.3 + 12 × 0.2) = 15 000 ≤ 20 000 requested
		"Rule_AidAmountSuggestion_Location,   LOCATION_ESS,            ,  1250.00,  36,  20000.00,  15000.00",
		// the request caps it
		"Rule_AidAmountSuggestion_Location,   LOCATION_ESS,            ,  1250.00,  36,  12000.50,  12000.50",
		// shorter and longer leases: 6 × 0.5; 12 × 0.5; + 6 × 0.3; + 12 × 0.3; + 6 × 0.2; nothing beyond 36 months
		"Rule_AidAmountSuggestion_Location,   LOCATION_ESS,            ,  1250.00,   1, 200000.00,    625.00",
		"Rule_AidAmountSuggestion_Location,   LOCATION_ESS,            ,  1250.00,   6, 200000.00,   3750.00",
		"Rule_AidAmountSuggestion_Location,   LOCATION_ESS,            ,  1250.00,  12, 200000.00,   7500.00",
		"Rule_AidAmountSuggestion_Location,   LOCATION_ESS,            ,  1250.00,  18, 200000.00,   9750.00",
		"Rule_AidAmountSuggestion_Location,   LOCATION_ESS,            ,  1250.00,  24, 200000.00,  12000.00",
		"Rule_AidAmountSuggestion_Location,   LOCATION_ESS,            ,  1250.00,  30, 200000.00,  13500.00",
		"Rule_AidAmountSuggestion_Location,   LOCATION_ESS,            ,  1250.00,  48, 200000.00,  15000.00",
		"Rule_AidAmountSuggestion_Location,   LOCATION_ESS,            ,  1250.00, 240, 200000.00,  15000.00",
		// 1 234.57 × 7 × 0.5 = 4 320.995 → 4 320.99; 999.99 × 13 months = 999.99 × 6.3 = 6 299.937 → 6 299.93
		"Rule_AidAmountSuggestion_Location,   LOCATION_ESS,            ,  1234.57,   7, 200000.00,   4320.99",
		"Rule_AidAmountSuggestion_Location,   LOCATION_ESS,            ,   999.99,  13, 200000.00,   6299.93",
		// the cap of the scheme: 40 000 × 12 = 480 000 > 200 000, request 250 000
		"Rule_AidAmountSuggestion_Location,   LOCATION_ESS,            , 40000.00,  36, 250000.00, 200000.00",
	})
	void suggestedAmount(String ruleId, String scheme, BigDecimal eligibleExpenses, BigDecimal monthlyRent,
			Integer leaseDurationMonths, BigDecimal requestedAmount, BigDecimal expected) {
		DmnDecisionResult result = engine.evaluateDecision(decision,
				facts(scheme, requestedAmount, eligibleExpenses, monthlyRent, leaseDurationMonths));

		assertThat(matchedRuleIds()).containsExactly(ruleId);
		assertThat(result).hasSize(1);
		assertThat(result.getSingleResult().getEntryMap()).containsOnlyKeys("suggestedAmount");
		Object suggested = result.getSingleEntry();
		assertThat(suggested).isInstanceOf(String.class);
		String amount = (String) suggested;
		assertThat(amount).as("a plain decimal with at most two decimals").matches("\\d+(\\.\\d{1,2})?");
		assertThat(new BigDecimal(amount)).isEqualByComparingTo(expected);
		// What SuggestAidAmountDelegate records: no digit is lost by its rounding to the cent.
		assertThat(Money.roundedDown(new BigDecimal(amount))).isEqualTo(expected.setScale(2));
	}

	@Test
	void everyRuleOfTheFileHasATestCase() {
		Set<String> rulesInFile = model.getModelElementsByType(Rule.class)
			.stream()
			.map(Rule::getId)
			.collect(toSet());
		Set<String> rulesTested = new HashSet<>();
		for (Method method : AidAmountSuggestionTests.class.getDeclaredMethods()) {
			CsvSource rows = method.getAnnotation(CsvSource.class);
			if (rows != null) {
				for (String row : rows.value()) {
					rulesTested.add(row.split(",")[0].strip());
				}
			}
		}

		assertThat(rulesInFile).hasSize(2);
		assertThat(rulesTested).containsExactlyInAnyOrderElementsOf(rulesInFile);
	}

	/** As {@link AidAmountFacts#factsFor}: every name defined, absent figures and parameters null. */
	private static Map<String, Object> facts(String scheme, BigDecimal requestedAmount, BigDecimal eligibleExpenses,
			BigDecimal monthlyRent, Integer leaseDurationMonths) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("scheme", scheme);
		variables.put("requestedAmount", requestedAmount);
		variables.put("eligibleExpenses", eligibleExpenses);
		variables.put("monthlyRent", monthlyRent);
		variables.put("leaseDurationMonths", leaseDurationMonths);
		for (String name : new String[] { "aidRate", "aidCap", "firstYearRate", "secondYearRate", "thirdYearRate" }) {
			variables.put(name, null);
		}
		variables.putAll(PARAMETERS.get(scheme));
		return variables;
	}

	private static List<String> matchedRuleIds() {
		assertThat(evaluations).hasSize(1);
		return ((DmnDecisionTableEvaluationEvent) evaluations.get(0).getDecisionResult()).getMatchingRules()
			.stream()
			.map(DmnEvaluatedDecisionRule::getId)
			.toList();
	}

}
