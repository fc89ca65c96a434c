package fr.metropolerouen.guichetess.eligibility;

import static java.util.stream.Collectors.toMap;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionLogicEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The eligibility DRG on the bare DMN engine: one case per rule row of each criterion table (the first CSV column is
 * the id of the rule that must match), boundary cases, the top decision, and a check that every rule of the file has a
 * case. Inputs go through {@link EligibilityFacts#asVariables()}, so the tables see the Java types production passes.
 */
class EligibilityDecisionTests {

	private static final String RESOURCE = "processes/eligibility/Eligibility.dmn";

	private static final LocalDate SUBMITTED = LocalDate.of(2025, 3, 10);

	private static final BigDecimal CEILING = new BigDecimal("300000.00");

	/** The rules of the top decision, in the order its COLLECT result lists the criteria. */
	private static final List<String> CRITERIA_RULES = List.of("Rule_EligibilityCriteria_EssMembership",
			"Rule_EligibilityCriteria_Territory", "Rule_EligibilityCriteria_Employees",
			"Rule_EligibilityCriteria_DeMinimis", "Rule_EligibilityCriteria_IncentiveEffect");

	private static final List<DmnDecisionEvaluationEvent> evaluations = new ArrayList<>();

	private static DmnModelInstance model;

	private static DmnEngine engine;

	private static Map<String, DmnDecision> decisions;

	@BeforeAll
	static void parseDrg() throws IOException {
		engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
			.customPostDecisionEvaluationListeners(List.of(evaluations::add))
			.buildEngine();
		try (InputStream in = EligibilityDecisionTests.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			assertThat(in).as(RESOURCE).isNotNull();
			model = Dmn.readModelFromStream(in);
		}
		decisions = engine.parseDecisions(model)
			.stream()
			.collect(toMap(DmnDecision::getKey, Function.identity()));
	}

	@BeforeEach
	void forgetEvaluations() {
		evaluations.clear();
	}

	@ParameterizedTest(name = "{1} → {2} ({0})")
	@CsvSource({
		"Rule_EssMembership_UnincorporatedAssociation, 9210, NOT_MET",
		"Rule_EssMembership_Association,               9220, MET",
		"Rule_EssMembership_Association,               9221, MET",
		"Rule_EssMembership_Association,               9222, MET",
		"Rule_EssMembership_Association,               9230, MET",
		"Rule_EssMembership_Association,               9260, MET",
		"Rule_EssMembership_Foundation,                9300, MET",
		"Rule_EssMembership_Mutual,                    8210, MET",
		"Rule_EssMembership_Mutual,                    6411, MET",
		"Rule_EssMembership_Scop,                      5458, MET",
		"Rule_EssMembership_Scop,                      5658, MET",
		"Rule_EssMembership_Cooperative,               5551, MET",
		"Rule_EssMembership_Cooperative,               6316, MET",
		"Rule_EssMembership_CaseByCase,                9223, NEEDS_REVIEW",
		"Rule_EssMembership_CaseByCase,                8510, NEEDS_REVIEW",
		"Rule_EssMembership_FinancialCooperative,      5192, NEEDS_REVIEW",
		"Rule_EssMembership_FinancialCooperative,      6100, NEEDS_REVIEW",
		"Rule_EssMembership_CommercialCompany,         5710, NEEDS_REVIEW",
		"Rule_EssMembership_CommercialCompany,         5499, NEEDS_REVIEW",
		"Rule_EssMembership_CommercialCompany,         '',   NEEDS_REVIEW",
		"Rule_EssMembership_CommercialCompany,             , NEEDS_REVIEW",
	})
	void essMembership(String ruleId, String legalFormCode, String outcome) {
		EligibilityFacts facts = new EligibilityFacts("IMMOBILIER_ESS", legalFormCode, true, 3,
				new BigDecimal("50000.00"), new BigDecimal("0.00"), CEILING, SUBMITTED, SUBMITTED);

		assertRow("EssMembership", "essMembership", facts, ruleId, outcome);
	}

	@ParameterizedTest(name = "{1} → {2} ({0})")
	@CsvSource({
		"Rule_Territory_Inside,  true,  MET",
		"Rule_Territory_Outside, false, NOT_MET",
	})
	void territory(String ruleId, boolean communeInMetropole, String outcome) {
		EligibilityFacts facts = new EligibilityFacts("LOCATION_ESS", "9220", communeInMetropole, 3,
				new BigDecimal("50000.00"), new BigDecimal("0.00"), CEILING, SUBMITTED, SUBMITTED);

		assertRow("Territory", "territory", facts, ruleId, outcome);
	}

	@ParameterizedTest(name = "{1} → {2} ({0})")
	@CsvSource({
		"Rule_Employees_Employer,   1,    MET",
		"Rule_Employees_Employer,   2,    MET",
		"Rule_Employees_Employer,   250,  MET",
		"Rule_Employees_NoEmployee, 0,    NOT_MET",
	})
	void employees(String ruleId, int employees, String outcome) {
		EligibilityFacts facts = new EligibilityFacts("IMMOBILIER_ESS", "9220", true, employees,
				new BigDecimal("50000.00"), new BigDecimal("0.00"), CEILING, SUBMITTED, SUBMITTED);

		assertRow("Employees", "employees", facts, ruleId, outcome);
	}

	@ParameterizedTest(name = "{1} + {2} ≤ {3} → {4} ({0})")
	@CsvSource({
		"Rule_DeMinimis_Within,   0.00,      50000.00,  300000.00, MET",
		"Rule_DeMinimis_Within,   250000.00, 50000.00,  300000.00, MET",
		"Rule_DeMinimis_Within,   0.00,      300000.00, 300000.00, MET",
		"Rule_DeMinimis_Exceeded, 250000.01, 50000.00,  300000.00, NOT_MET",
		"Rule_DeMinimis_Exceeded, 250000.00, 50000.01,  300000.00, NOT_MET",
		"Rule_DeMinimis_Exceeded, 0.00,      300000.01, 300000.00, NOT_MET",
	})
	void deMinimis(String ruleId, BigDecimal deMinimisReceived, BigDecimal requestedAmount,
			BigDecimal deMinimisCeiling, String outcome) {
		EligibilityFacts facts = new EligibilityFacts("IMMOBILIER_ESS", "9220", true, 3, requestedAmount,
				deMinimisReceived, deMinimisCeiling, SUBMITTED, SUBMITTED);

		assertRow("DeMinimis", "deMinimis", facts, ruleId, outcome);
	}

	@ParameterizedTest(name = "{1}, starts {2}, submitted {3} → {4} ({0})")
	@CsvSource({
		"Rule_IncentiveEffect_Unknown,     IMMOBILIER_ESS,           , 2025-03-10, NEEDS_REVIEW",
		"Rule_IncentiveEffect_Unknown,     LOCATION_ESS,             , 2025-03-10, NEEDS_REVIEW",
		"Rule_IncentiveEffect_WorksAfter,  IMMOBILIER_ESS, 2025-03-10, 2025-03-10, MET",
		"Rule_IncentiveEffect_WorksAfter,  IMMOBILIER_ESS, 2025-03-11, 2025-03-10, MET",
		"Rule_IncentiveEffect_WorksAfter,  IMMOBILIER_ESS, 2026-01-01, 2025-03-10, MET",
		"Rule_IncentiveEffect_WorksBefore, IMMOBILIER_ESS, 2025-03-09, 2025-03-10, NOT_MET",
		"Rule_IncentiveEffect_WorksBefore, IMMOBILIER_ESS, 2024-12-31, 2025-03-10, NOT_MET",
		"Rule_IncentiveEffect_LeaseAfter,  LOCATION_ESS,   2025-03-10, 2025-03-10, MET",
		"Rule_IncentiveEffect_LeaseAfter,  LOCATION_ESS,   2025-04-01, 2025-03-10, MET",
		"Rule_IncentiveEffect_LeaseBefore, LOCATION_ESS,   2025-03-09, 2025-03-10, NOT_MET",
		"Rule_IncentiveEffect_LeaseBefore, LOCATION_ESS,   2024-03-10, 2025-03-10, NOT_MET",
	})
	void incentiveEffect(String ruleId, String scheme, LocalDate projectStartDate, LocalDate submissionDate,
			String outcome) {
		EligibilityFacts facts = new EligibilityFacts(scheme, "9220", true, 3, new BigDecimal("50000.00"),
				new BigDecimal("0.00"), CEILING, projectStartDate, submissionDate);

		assertRow("IncentiveEffect", "incentiveEffect", facts, ruleId, outcome);
	}

	static Stream<Arguments> dossiers() {
		return Stream.of(
				Arguments.of("all criteria met",
						new EligibilityFacts("IMMOBILIER_ESS", "9220", true, 3, new BigDecimal("50000.00"),
								new BigDecimal("250000.00"), CEILING, SUBMITTED, SUBMITTED),
						List.of("MET", "MET", "MET", "MET", "MET"),
						List.of("Rule_EssMembership_Association", "Rule_Territory_Inside", "Rule_Employees_Employer",
								"Rule_DeMinimis_Within", "Rule_IncentiveEffect_WorksAfter")),
				Arguments.of("nothing met",
						new EligibilityFacts("LOCATION_ESS", "5710", false, 0, new BigDecimal("50000.01"),
								new BigDecimal("250000.00"), CEILING, null, SUBMITTED),
						List.of("NEEDS_REVIEW", "NOT_MET", "NOT_MET", "NOT_MET", "NEEDS_REVIEW"),
						List.of("Rule_EssMembership_CommercialCompany", "Rule_Territory_Outside",
								"Rule_Employees_NoEmployee", "Rule_DeMinimis_Exceeded", "Rule_IncentiveEffect_Unknown")),
				Arguments.of("mixed",
						new EligibilityFacts("LOCATION_ESS", "9210", true, 1, new BigDecimal("10000.00"),
								new BigDecimal("0.00"), CEILING, SUBMITTED.minusDays(1), SUBMITTED),
						List.of("NOT_MET", "MET", "MET", "MET", "NOT_MET"),
						List.of("Rule_EssMembership_UnincorporatedAssociation", "Rule_Territory_Inside",
								"Rule_Employees_Employer", "Rule_DeMinimis_Within", "Rule_IncentiveEffect_LeaseBefore")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dossiers")
	void eligibilityCriteriaListsEachCriterionWithItsTableOutcomeAndReason(String label, EligibilityFacts facts,
			List<String> outcomes, List<String> criterionRules) {
		DmnDecisionResult result = engine.evaluateDecision(decisions.get("EligibilityCriteria"), facts.asVariables());

		assertThat(result.getResultList()).extracting(row -> row.get("criterionCode"))
			.containsExactly("ESS_MEMBERSHIP", "TERRITORY", "EMPLOYEES", "DE_MINIMIS", "INCENTIVE_EFFECT");
		assertThat(result.getResultList()).extracting(row -> row.get("outcome")).containsExactlyElementsOf(outcomes);
		assertThat(result.getResultList()).allSatisfy(row -> {
			assertThat(row).containsOnlyKeys("criterionCode", "outcome", "reason");
			assertThat(row.values()).allSatisfy(value -> assertThat(value).isInstanceOf(String.class));
			assertThat((String) row.get("reason")).isNotBlank();
		});
		DmnDecisionEvaluationEvent drgEvaluation = lastEvaluation();
		assertThat(matchedRuleIds(drgEvaluation.getDecisionResult())).containsExactlyElementsOf(CRITERIA_RULES);
		assertThat(drgEvaluation.getRequiredDecisionResults()).flatExtracting(EligibilityDecisionTests::matchedRuleIds)
			.containsExactlyInAnyOrderElementsOf(criterionRules);

		// Each line carries exactly what its criterion table decides when evaluated on its own.
		String[][] criteria = { { "EssMembership", "essMembership" }, { "Territory", "territory" },
				{ "Employees", "employees" }, { "DeMinimis", "deMinimis" },
				{ "IncentiveEffect", "incentiveEffect" } };
		for (int i = 0; i < criteria.length; i++) {
			DmnDecisionResultEntries own = engine.evaluateDecision(decisions.get(criteria[i][0]), facts.asVariables())
				.getSingleResult();
			Map<String, Object> line = result.getResultList().get(i);
			assertThat(line.get("outcome")).as(criteria[i][0]).isEqualTo(own.get(criteria[i][1] + "Outcome"));
			assertThat(line.get("reason")).as(criteria[i][0]).isEqualTo(own.get(criteria[i][1] + "Reason"));
			assertThat(line.get("reason")).as(criteria[i][0])
				.isEqualTo(outputLiteral(criterionRules.get(i), 1));
		}
	}

	@Test
	void everyRuleOfTheFileHasATestCase() {
		Set<String> rulesInFile = model.getModelElementsByType(Rule.class)
			.stream()
			.map(Rule::getId)
			.collect(toSet());
		Set<String> rulesTested = new HashSet<>(CRITERIA_RULES);
		for (Method method : EligibilityDecisionTests.class.getDeclaredMethods()) {
			CsvSource rows = method.getAnnotation(CsvSource.class);
			if (rows != null) {
				for (String row : rows.value()) {
					rulesTested.add(row.split(",")[0].strip());
				}
			}
		}

		assertThat(rulesInFile).hasSize(25);
		assertThat(rulesTested).containsExactlyInAnyOrderElementsOf(rulesInFile);
	}

	/**
	 * Evaluates one criterion decision on its own and checks that exactly the expected row matched, with the
	 * expected outcome and that row's (non-blank) reason.
	 */
	private static void assertRow(String decisionKey, String outputPrefix, EligibilityFacts facts, String ruleId,
			String outcome) {
		DmnDecisionResult result = engine.evaluateDecision(decisions.get(decisionKey), facts.asVariables());

		assertThat(matchedRuleIds(lastEvaluation().getDecisionResult())).containsExactly(ruleId);
		assertThat(result).hasSize(1);
		Map<String, Object> row = result.getSingleResult().getEntryMap();
		assertThat(row).containsOnlyKeys(outputPrefix + "Outcome", outputPrefix + "Reason");
		assertThat(row.get(outputPrefix + "Outcome")).isEqualTo(outcome);
		assertThat(row.get(outputPrefix + "Reason")).isInstanceOf(String.class)
			.asString()
			.isNotBlank()
			.isEqualTo(outputLiteral(ruleId, 1));
	}

	private static DmnDecisionEvaluationEvent lastEvaluation() {
		assertThat(evaluations).hasSize(1);
		return evaluations.get(0);
	}

	private static List<String> matchedRuleIds(DmnDecisionLogicEvaluationEvent evaluation) {
		return ((DmnDecisionTableEvaluationEvent) evaluation).getMatchingRules()
			.stream()
			.map(DmnEvaluatedDecisionRule::getId)
			.toList();
	}

	/** The text of a rule's output entry when it is a plain FEEL string literal, without its quotes. */
	private static String outputLiteral(String ruleId, int index) {
		Rule rule = model.getModelElementById(ruleId);
		String text = new ArrayList<OutputEntry>(rule.getOutputEntries()).get(index).getText().getTextContent();
		assertThat(text).startsWith("\"").endsWith("\"");
		return text.substring(1, text.length() - 1);
	}

}
