package fr.metropolerouen.guichetess.eligibility;

import static fr.metropolerouen.guichetess.eligibility.RuleFixtures.SUBMISSION_DATE;
import static fr.metropolerouen.guichetess.eligibility.RuleFixtures.amount;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.metropolerouen.guichetess.dossier.DossierData;
import fr.metropolerouen.guichetess.dossier.LeaseType;
import fr.metropolerouen.guichetess.dossier.OperationType;
import fr.metropolerouen.guichetess.eligibility.DmnTestEngine.Evaluated;
import fr.metropolerouen.guichetess.eligibility.RuleFixtures.Data;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The eligibility decision of version 1 on the bare DMN engine: one case per rule row of each criterion table (the
 * first column names the rule that must match), boundaries on both sides, and the rows the top decision collects.
 */
class EligibilityDecisionTests {

	private static final DmnTestEngine DMN = DmnTestEngine.load(DmnTestEngine.ELIGIBILITY);

	private static final List<String> COMMON_CRITERIA = List.of("ESS_MEMBERSHIP", "EMPLOYEES", "MARKET_ACTIVITY",
			"OPERATING_REVENUE_SHARE", "TERRITORY", "INCENTIVE_EFFECT", "DE_MINIMIS");

	private static final List<String> IMMOBILIER_CRITERIA = concat(COMMON_CRITERIA,
			List.of("OPERATION_TYPE", "ELIGIBLE_EXPENSES", "OWN_FUNDS"));

	private static final List<String> LOCATION_CRITERIA = concat(COMMON_CRITERIA,
			List.of("LEASE_TYPE", "REAPPLICATION_INTERVAL", "ORGANISATION_CAP"));

	private static final List<String> ALL_CRITERIA = concat(IMMOBILIER_CRITERIA,
			List.of("LEASE_TYPE", "REAPPLICATION_INTERVAL", "ORGANISATION_CAP"));

	/** The rules of the top decision that an Immobilier dossier matches: one per criterion row. */
	private static final List<String> IMMOBILIER_ROWS = IMMOBILIER_CRITERIA.stream()
		.map(code -> "Rule_EligibilityCriteria_" + decisionKey(code))
		.toList();

	private static final List<String> LOCATION_ROWS = LOCATION_CRITERIA.stream()
		.map(code -> "Rule_EligibilityCriteria_" + decisionKey(code))
		.toList();

	// Criteria tables, one case per line

	@ParameterizedTest(name = "{0}: ESUS {2}, legal form {3}")
	@CsvSource({
			"Rule_EssMembership_UnincorporatedAssociation, NOT_MET, false, 9210",
			"Rule_EssMembership_UnincorporatedAssociation, NOT_MET, true, 9210",
			"Rule_EssMembership_EsusApproved, MET, true, 5710",
			"Rule_EssMembership_EsusApproved, MET, true, 5499",
			"Rule_EssMembership_EsusApproved, MET, true, 9223",
			"Rule_EssMembership_EsusApproved, MET, true, 5191",
			"Rule_EssMembership_EsusApproved, MET, true, ",
			"Rule_EssMembership_Association, MET, false, 9220",
			"Rule_EssMembership_Association, MET, false, 9221",
			"Rule_EssMembership_Association, MET, false, 9222",
			"Rule_EssMembership_Association, MET, false, 9230",
			"Rule_EssMembership_Association, MET, , 9260",
			"Rule_EssMembership_Foundation, MET, false, 9300",
			"Rule_EssMembership_Mutual, MET, false, 8210",
			"Rule_EssMembership_Mutual, MET, false, 8250",
			"Rule_EssMembership_Mutual, MET, false, 8290",
			"Rule_EssMembership_Mutual, MET, false, 6411",
			"Rule_EssMembership_Scop, MET, false, 5458",
			"Rule_EssMembership_Scop, MET, false, 5558",
			"Rule_EssMembership_Scop, MET, false, 5658",
			"Rule_EssMembership_Cooperative, MET, false, 5203",
			"Rule_EssMembership_Cooperative, MET, false, 5307",
			"Rule_EssMembership_Cooperative, MET, false, 5309",
			"Rule_EssMembership_Cooperative, MET, false, 5443",
			"Rule_EssMembership_Cooperative, MET, false, 5451",
			"Rule_EssMembership_Cooperative, MET, false, 5453",
			"Rule_EssMembership_Cooperative, MET, false, 5454",
			"Rule_EssMembership_Cooperative, MET, false, 5455",
			"Rule_EssMembership_Cooperative, MET, false, 5459",
			"Rule_EssMembership_Cooperative, MET, false, 5460",
			"Rule_EssMembership_Cooperative, MET, false, 5543",
			"Rule_EssMembership_Cooperative, MET, false, 5547",
			"Rule_EssMembership_Cooperative, MET, false, 5551",
			"Rule_EssMembership_Cooperative, MET, false, 5552",
			"Rule_EssMembership_Cooperative, MET, false, 5553",
			"Rule_EssMembership_Cooperative, MET, false, 5554",
			"Rule_EssMembership_Cooperative, MET, false, 5555",
			"Rule_EssMembership_Cooperative, MET, false, 5559",
			"Rule_EssMembership_Cooperative, MET, false, 5560",
			"Rule_EssMembership_Cooperative, MET, false, 5643",
			"Rule_EssMembership_Cooperative, MET, false, 5647",
			"Rule_EssMembership_Cooperative, MET, false, 5651",
			"Rule_EssMembership_Cooperative, MET, false, 5652",
			"Rule_EssMembership_Cooperative, MET, false, 5653",
			"Rule_EssMembership_Cooperative, MET, false, 5654",
			"Rule_EssMembership_Cooperative, MET, false, 5655",
			"Rule_EssMembership_Cooperative, MET, false, 5659",
			"Rule_EssMembership_Cooperative, MET, false, 5660",
			"Rule_EssMembership_Cooperative, MET, false, 6316",
			"Rule_EssMembership_Cooperative, MET, false, 6317",
			"Rule_EssMembership_Cooperative, MET, false, 6318",
			"Rule_EssMembership_Cooperative, MET, false, 6543",
			"Rule_EssMembership_Cooperative, MET, false, 6551",
			"Rule_EssMembership_Cooperative, MET, false, 6554",
			"Rule_EssMembership_Cooperative, MET, false, 6558",
			"Rule_EssMembership_Cooperative, MET, false, 6560",
			"Rule_EssMembership_CaseByCase, NEEDS_REVIEW, false, 9223",
			"Rule_EssMembership_CaseByCase, NEEDS_REVIEW, false, 9224",
			"Rule_EssMembership_CaseByCase, NEEDS_REVIEW, false, 9240",
			"Rule_EssMembership_CaseByCase, NEEDS_REVIEW, false, 5432",
			"Rule_EssMembership_CaseByCase, NEEDS_REVIEW, false, 5532",
			"Rule_EssMembership_CaseByCase, NEEDS_REVIEW, false, 5632",
			"Rule_EssMembership_CaseByCase, NEEDS_REVIEW, false, 6532",
			"Rule_EssMembership_CaseByCase, NEEDS_REVIEW, false, 8510",
			"Rule_EssMembership_FinancialCooperative, NEEDS_REVIEW, false, 5191",
			"Rule_EssMembership_FinancialCooperative, NEEDS_REVIEW, false, 5192",
			"Rule_EssMembership_FinancialCooperative, NEEDS_REVIEW, false, 5193",
			"Rule_EssMembership_FinancialCooperative, NEEDS_REVIEW, false, 5194",
			"Rule_EssMembership_FinancialCooperative, NEEDS_REVIEW, false, 5195",
			"Rule_EssMembership_FinancialCooperative, NEEDS_REVIEW, false, 5196",
			"Rule_EssMembership_FinancialCooperative, NEEDS_REVIEW, false, 6100",
			"Rule_EssMembership_FinancialCooperative, NEEDS_REVIEW, false, 6595",
			"Rule_EssMembership_FinancialCooperative, NEEDS_REVIEW, false, 6596",
			"Rule_EssMembership_CommercialCompany, NEEDS_REVIEW, false, 5499",
			"Rule_EssMembership_CommercialCompany, NEEDS_REVIEW, false, 5498",
			"Rule_EssMembership_CommercialCompany, NEEDS_REVIEW, false, 5710",
			"Rule_EssMembership_CommercialCompany, NEEDS_REVIEW, false, 5720",
			"Rule_EssMembership_CommercialCompany, NEEDS_REVIEW, false, 5599",
			"Rule_EssMembership_CommercialCompany, NEEDS_REVIEW, false, 5699",
			"Rule_EssMembership_CommercialCompany, NEEDS_REVIEW, , 5710",
			"Rule_EssMembership_CommercialCompany, NEEDS_REVIEW, false, ",
	})
	void essMembership(String ruleId, String outcome, Boolean esusApproved, String legalFormCode) {
		OrganisationFacts organisation = new OrganisationFacts(legalFormCode, RuleFixtures.ROUEN, 5, esusApproved);

		assertCriterion("EssMembership", RuleFixtures.inputs(RuleFixtures.eligibleImmobilier(), organisation,
				AidHistory.NONE), ruleId, outcome);
	}

	@ParameterizedTest(name = "{0}: {2} employees")
	@CsvSource({
			"Rule_Employees_Employer, MET, 1",
			"Rule_Employees_Employer, MET, 250",
			"Rule_Employees_NoEmployee, NOT_MET, 0",
			"Rule_Employees_NoEmployee, NOT_MET, ",
	})
	void employees(String ruleId, String outcome, Integer employees) {
		OrganisationFacts organisation = new OrganisationFacts("9220", RuleFixtures.ROUEN, employees, false);

		assertCriterion("Employees", RuleFixtures.inputs(RuleFixtures.eligibleLocation(), organisation,
				AidHistory.NONE), ruleId, outcome);
	}

	@ParameterizedTest(name = "{0}: market activity {2}")
	@CsvSource({
			"Rule_MarketActivity_Market, MET, true",
			"Rule_MarketActivity_NoMarket, NOT_MET, false",
			"Rule_MarketActivity_Unknown, NEEDS_REVIEW, ",
	})
	void marketActivity(String ruleId, String outcome, Boolean marketActivity) {
		assertCriterion("MarketActivity",
				RuleFixtures.inputs(RuleFixtures.eligibleImmobilier().marketActivity(marketActivity)), ruleId,
				outcome);
	}

	@ParameterizedTest(name = "{0}: revenue {2}, expenses {3}")
	@CsvSource({
			"Rule_OperatingRevenueShare_Substantial, MET, 33000.00, 100000.00",
			"Rule_OperatingRevenueShare_Insufficient, NOT_MET, 32999.99, 100000.00",
			"Rule_OperatingRevenueShare_Substantial, MET, 4074.08, 12345.67",
			"Rule_OperatingRevenueShare_Insufficient, NOT_MET, 4074.07, 12345.67",
			"Rule_OperatingRevenueShare_Substantial, MET, 250000.00, 100000.00",
			"Rule_OperatingRevenueShare_Insufficient, NOT_MET, 0.00, 100000.00",
			"Rule_OperatingRevenueShare_Unknown, NEEDS_REVIEW, , 100000.00",
			"Rule_OperatingRevenueShare_Unknown, NEEDS_REVIEW, 33000.00, ",
			"Rule_OperatingRevenueShare_Unknown, NEEDS_REVIEW, 1000.00, 0.00",
			"Rule_OperatingRevenueShare_Unknown, NEEDS_REVIEW, , ",
	})
	void operatingRevenueShare(String ruleId, String outcome, String revenue, String expenses) {
		assertCriterion("OperatingRevenueShare", RuleFixtures.inputs(
				RuleFixtures.eligibleLocation().operatingRevenue(amount(revenue)).operatingExpenses(amount(expenses))),
				ruleId, outcome);
	}

	@ParameterizedTest(name = "{0}: in the Métropole {2}")
	@CsvSource({
			"Rule_Territory_Inside, MET, true",
			"Rule_Territory_Outside, NOT_MET, false",
			"Rule_Territory_Outside, NOT_MET, ",
	})
	void territory(String ruleId, String outcome, Boolean inMetropole) {
		DossierData data = RuleFixtures.eligibleImmobilier().build();
		Map<String, Object> inputs = RuleInputs.of(RuleFixtures.immobilierV1(), data,
				RuleFixtures.eligibleOrganisation(), Boolean.TRUE.equals(inMetropole), SUBMISSION_DATE,
				AidHistory.NONE);
		if (inMetropole == null) {
			inputs.put("communeInMetropole", null);
		}

		assertCriterion("Territory", inputs, ruleId, outcome);
	}

	/** Dates in days from the submission date J: works or lease start, lease signature; empty when unknown. */
	@ParameterizedTest(name = "{0}: {2}, start J{3}, signed J{4}")
	@CsvSource({
			"Rule_IncentiveEffect_WorksAfter, MET, IMMOBILIER_ESS, 0, ",
			"Rule_IncentiveEffect_WorksAfter, MET, IMMOBILIER_ESS, 30, ",
			"Rule_IncentiveEffect_WorksAfter, MET, IMMOBILIER_ESS, 0, -1",
			"Rule_IncentiveEffect_WorksBefore, NOT_MET, IMMOBILIER_ESS, -1, ",
			"Rule_IncentiveEffect_WorksBefore, NOT_MET, IMMOBILIER_ESS, -400, ",
			"Rule_IncentiveEffect_Unknown, NEEDS_REVIEW, IMMOBILIER_ESS, , ",
			"Rule_IncentiveEffect_Unknown, NEEDS_REVIEW, LOCATION_ESS, , 0",
			"Rule_IncentiveEffect_Unknown, NEEDS_REVIEW, LOCATION_ESS, , -1",
			"Rule_IncentiveEffect_OccupiedBefore, NOT_MET, LOCATION_ESS, -1, 0",
			"Rule_IncentiveEffect_OccupiedBefore, NOT_MET, LOCATION_ESS, -1, -30",
			"Rule_IncentiveEffect_OccupiedBefore, NOT_MET, LOCATION_ESS, -1, ",
			"Rule_IncentiveEffect_SignedBefore, NOT_MET, LOCATION_ESS, 0, -1",
			"Rule_IncentiveEffect_SignedBefore, NOT_MET, LOCATION_ESS, 30, -1",
			"Rule_IncentiveEffect_SignatureUnknown, NEEDS_REVIEW, LOCATION_ESS, 0, ",
			"Rule_IncentiveEffect_SignatureUnknown, NEEDS_REVIEW, LOCATION_ESS, 30, ",
			"Rule_IncentiveEffect_LeaseAfter, MET, LOCATION_ESS, 0, 0",
			"Rule_IncentiveEffect_LeaseAfter, MET, LOCATION_ESS, 30, 10",
			"Rule_IncentiveEffect_OtherScheme, NEEDS_REVIEW, AUTRE_DISPOSITIF, 0, 0",
			"Rule_IncentiveEffect_OtherScheme, NEEDS_REVIEW, AUTRE_DISPOSITIF, -1, -1",
	})
	void incentiveEffect(String ruleId, String outcome, String scheme, Integer startDay, Integer signedDay) {
		boolean location = scheme.equals(AidScheme.LOCATION_ESS.name());
		Data data = location ? RuleFixtures.eligibleLocation().leaseStartDate(day(startDay))
				: RuleFixtures.eligibleImmobilier().worksStartDate(day(startDay));
		Map<String, Object> inputs = RuleFixtures.inputs(data.leaseSignedOn(day(signedDay)));
		inputs.put("scheme", scheme);

		assertCriterion("IncentiveEffect", inputs, ruleId, outcome);
	}

	/** De minimis aid declared (received from other grantors) and granted through this system, plus the request. */
	@ParameterizedTest(name = "{0}: declared {2} + granted here {3} + requested {4}")
	@CsvSource({
			"Rule_DeMinimis_Within, MET, 249999.99, 0, 50000.00",
			"Rule_DeMinimis_Within, MET, 250000.00, 0, 50000.00",
			"Rule_DeMinimis_Exceeded, NOT_MET, 250000.01, 0, 50000.00",
			"Rule_DeMinimis_Within, MET, 0, 249999.99, 50000.00",
			"Rule_DeMinimis_Within, MET, 0, 250000.00, 50000.00",
			"Rule_DeMinimis_Exceeded, NOT_MET, 0, 250000.01, 50000.00",
			"Rule_DeMinimis_Within, MET, 100000.00, 150000.00, 50000.00",
			"Rule_DeMinimis_Exceeded, NOT_MET, 100000.00, 150000.01, 50000.00",
			"Rule_DeMinimis_Within, MET, 0, 0, 300000.00",
			"Rule_DeMinimis_Exceeded, NOT_MET, 0, 0, 300000.01",
			"Rule_DeMinimis_Unknown, NEEDS_REVIEW, 0, 0, ",
			"Rule_DeMinimis_Unknown, NEEDS_REVIEW, 100000.00, 100000.00, ",
	})
	void deMinimis(String ruleId, String outcome, String declared, String grantedHere, String requested) {
		Data data = RuleFixtures.eligibleImmobilier().requestedAmount(amount(requested));
		if (amount(declared).signum() > 0) {
			data.deMinimisAid(SUBMISSION_DATE.minusMonths(6), amount(declared));
		}
		AidHistory history = new AidHistory(amount(grantedHere), BigDecimal.ZERO, 0);

		assertCriterion("DeMinimis", RuleFixtures.inputs(data, RuleFixtures.eligibleOrganisation(), history), ruleId,
				outcome);
	}

	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource({
			"Rule_OperationType_Eligible, MET, ACQUISITION",
			"Rule_OperationType_Eligible, MET, CONSTRUCTION",
			"Rule_OperationType_Eligible, MET, EXTENSION",
			"Rule_OperationType_Eligible, MET, RENOVATION",
			"Rule_OperationType_Other, NOT_MET, DEMOLITION",
			"Rule_OperationType_Other, NOT_MET, ",
	})
	void operationType(String ruleId, String outcome, String operationType) {
		boolean known = operationType != null
				&& Arrays.stream(OperationType.values()).anyMatch(type -> type.name().equals(operationType));
		Map<String, Object> inputs = RuleFixtures.inputs(RuleFixtures.eligibleImmobilier()
			.operationType(known ? OperationType.valueOf(operationType) : null));
		if (!known) {
			inputs.put("operationType", operationType);
		}

		assertCriterion("OperationType", inputs, ruleId, outcome);
	}

	@ParameterizedTest(name = "{0}: {2} €")
	@CsvSource({
			"Rule_EligibleExpenses_Enough, MET, 5000.00",
			"Rule_EligibleExpenses_Enough, MET, 5000.01",
			"Rule_EligibleExpenses_Enough, MET, 500000.00",
			"Rule_EligibleExpenses_TooLow, NOT_MET, 4999.99",
			"Rule_EligibleExpenses_TooLow, NOT_MET, 0.01",
			"Rule_EligibleExpenses_TooLow, NOT_MET, ",
	})
	void eligibleExpenses(String ruleId, String outcome, String expenses) {
		assertCriterion("EligibleExpenses",
				RuleFixtures.inputs(RuleFixtures.eligibleImmobilier().eligibleExpenses(amount(expenses))), ruleId,
				outcome);
	}

	@ParameterizedTest(name = "{0}: {2} €")
	@CsvSource({
			"Rule_OwnFunds_Unknown, NEEDS_REVIEW, ",
			"Rule_OwnFunds_Positive, MET, 0.01",
			"Rule_OwnFunds_Positive, MET, 80000.00",
			"Rule_OwnFunds_NotPositive, NOT_MET, 0.00",
			"Rule_OwnFunds_NotPositive, NOT_MET, -0.01",
			"Rule_OwnFunds_NotPositive, NOT_MET, -250000.00",
	})
	void ownFunds(String ruleId, String outcome, String ownFunds) {
		assertCriterion("OwnFunds", RuleFixtures.inputs(RuleFixtures.eligibleImmobilier().ownFunds(amount(ownFunds))),
				ruleId, outcome);
	}

	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource({
			"Rule_LeaseType_CommercialOffices, MET, COMMERCIAL_OFFICE_LEASE",
			"Rule_LeaseType_OtherPremises, NOT_MET, OTHER_COMMERCIAL_LEASE",
			"Rule_LeaseType_Precarious, NOT_MET, PRECARIOUS_LEASE",
			"Rule_LeaseType_MetropoleDomain, NOT_MET, METROPOLE_DOMAIN_OCCUPATION",
			"Rule_LeaseType_Unknown, NEEDS_REVIEW, ",
	})
	void leaseType(String ruleId, String outcome, LeaseType leaseType) {
		assertCriterion("LeaseType", RuleFixtures.inputs(RuleFixtures.eligibleLocation().leaseType(leaseType)),
				ruleId, outcome);
	}

	@ParameterizedTest(name = "{0}: {2} other applications")
	@CsvSource({
			"Rule_ReapplicationInterval_First, MET, 0",
			"Rule_ReapplicationInterval_TooSoon, NOT_MET, 1",
			"Rule_ReapplicationInterval_TooSoon, NOT_MET, 2",
	})
	void reapplicationInterval(String ruleId, String outcome, int otherApplications) {
		AidHistory history = new AidHistory(BigDecimal.ZERO, BigDecimal.ZERO, otherApplications);

		assertCriterion("ReapplicationInterval", RuleFixtures.inputs(RuleFixtures.eligibleLocation(),
				RuleFixtures.eligibleOrganisation(), history), ruleId, outcome);
	}

	/** Location aid granted in the window, against the cap per organisation of 200 000 €. */
	@ParameterizedTest(name = "{0}: {2}, {3} € granted")
	@CsvSource({
			"Rule_OrganisationCap_Room, MET, LOCATION_ESS, 0.00",
			"Rule_OrganisationCap_Room, MET, LOCATION_ESS, 199999.99",
			"Rule_OrganisationCap_Reached, NOT_MET, LOCATION_ESS, 200000.00",
			"Rule_OrganisationCap_Reached, NOT_MET, LOCATION_ESS, 250000.00",
			"Rule_OrganisationCap_Reached, NOT_MET, IMMOBILIER_ESS, 0.00",
	})
	void organisationCap(String ruleId, String outcome, AidScheme scheme, String locationGranted) {
		AidHistory history = new AidHistory(amount(locationGranted), amount(locationGranted), 0);
		Map<String, Object> inputs = RuleFixtures.inputs(RuleFixtures.eligible(scheme),
				RuleFixtures.eligibleOrganisation(), history);

		assertCriterion("OrganisationCap", inputs, ruleId, outcome);
		if (scheme == AidScheme.LOCATION_ESS) {
			assertThat((BigDecimal) inputs.get("organisationCapRoom")).isEqualByComparingTo(
					new BigDecimal("200000").subtract(amount(locationGranted)).max(BigDecimal.ZERO));
		}
		else {
			assertThat(inputs.get("organisationCapRoom")).isNull();
		}
	}

	// The top decision

	@Test
	void anEligibleImmobilierDossierHasItsTenCriteriaInOrderAllMet() {
		Map<String, Object> inputs = RuleFixtures.inputs(RuleFixtures.eligibleImmobilier());

		Evaluated result = DMN.evaluate("EligibilityCriteria", inputs);

		assertThat(codes(result)).containsExactlyElementsOf(IMMOBILIER_CRITERIA);
		assertThat(result.matchedRules()).containsExactlyElementsOf(IMMOBILIER_ROWS);
		assertThat(result.rows()).extracting(row -> row.get("outcome")).containsOnly("MET");
		assertRowsAreTheirTablesResults(result, inputs);
	}

	@Test
	void anEligibleLocationDossierHasTheCommonCriteriaThenItsOwnAllMet() {
		Map<String, Object> inputs = RuleFixtures.inputs(RuleFixtures.eligibleLocation());

		Evaluated result = DMN.evaluate("EligibilityCriteria", inputs);

		assertThat(codes(result)).containsExactlyElementsOf(LOCATION_CRITERIA);
		assertThat(result.matchedRules()).containsExactlyElementsOf(LOCATION_ROWS);
		assertThat(result.rows()).extracting(row -> row.get("outcome")).containsOnly("MET");
		assertRowsAreTheirTablesResults(result, inputs);
	}

	/** A dossier with nothing but its scheme, from an organisation with nothing known: every table still answers. */
	@ParameterizedTest
	@EnumSource(AidScheme.class)
	void aDossierWithNothingKnownGetsEveryRowOfItsSchemeFromItsTables(AidScheme scheme) {
		OrganisationFacts unknown = new OrganisationFacts(null, null, null, null);
		Map<String, Object> inputs = RuleInputs.of(RuleFixtures.v1(scheme), new Data(scheme).build(), unknown, false,
				SUBMISSION_DATE, AidHistory.NONE);

		Evaluated result = DMN.evaluate("EligibilityCriteria", inputs);

		List<String> common = List.of("NEEDS_REVIEW", "NOT_MET", "NEEDS_REVIEW", "NEEDS_REVIEW", "NOT_MET",
				"NEEDS_REVIEW", "NEEDS_REVIEW");
		assertThat(codes(result)).containsExactlyElementsOf(
				scheme == AidScheme.IMMOBILIER_ESS ? IMMOBILIER_CRITERIA : LOCATION_CRITERIA);
		assertThat(result.rows()).extracting(row -> row.get("outcome"))
			.containsExactlyElementsOf(scheme == AidScheme.IMMOBILIER_ESS
					? concat(common, List.of("NOT_MET", "NOT_MET", "NEEDS_REVIEW"))
					// no other application and nothing granted: the Location history criteria are met
					: concat(common, List.of("NEEDS_REVIEW", "MET", "MET")));
		assertRowsAreTheirTablesResults(result, inputs);
	}

	/** Both schemes' tables run for every dossier: those of the other scheme see nulls and fall to catch-alls. */
	@ParameterizedTest
	@EnumSource(AidScheme.class)
	void everyCriterionTableRunsForEveryDossier(AidScheme scheme) {
		Evaluated result = DMN.evaluate("EligibilityCriteria", RuleFixtures.inputs(RuleFixtures.eligible(scheme)));

		assertThat(result.requiredMatchedRules().keySet())
			.containsExactlyInAnyOrderElementsOf(ALL_CRITERIA.stream().map(EligibilityDecisionTests::decisionKey)
				.toList());
		assertThat(result.requiredMatchedRules().values()).allSatisfy(rules -> assertThat(rules).hasSize(1));
	}

	// The tests cover the file

	@Test
	void everyRuleOfTheFileHasACase() {
		Set<String> tested = new HashSet<>(DmnTestEngine.csvRuleIds(EligibilityDecisionTests.class));
		tested.addAll(IMMOBILIER_ROWS);
		tested.addAll(LOCATION_ROWS);

		assertThat(tested).containsExactlyInAnyOrderElementsOf(DMN.ruleIds());
	}

	/** The legal-form codes of each family (RULES.md §4.3) are exactly those the table lists for it. */
	@Test
	void everyLegalFormCodeOfTheTableHasItsOwnCase() {
		Map<String, Set<String>> tested = DmnTestEngine.csvLines(EligibilityDecisionTests.class, "essMembership")
			.stream()
			.filter(line -> "false".equals(line.get(2)) || line.get(2).isEmpty())
			.filter(line -> !line.get(3).isEmpty())
			.collect(Collectors.groupingBy(line -> line.get(0), LinkedHashMap::new,
					Collectors.mapping(line -> line.get(3), Collectors.toCollection(TreeSet::new))));
		Map<String, Set<String>> listed = new LinkedHashMap<>();
		for (String ruleId : DMN.ruleIds("EssMembership")) {
			String entry = DMN.inputText(ruleId, 1);
			if (!entry.equals("-")) {
				listed.put(ruleId, Arrays.stream(entry.split(","))
					.map(code -> code.trim().replace("\"", ""))
					.collect(Collectors.toCollection(TreeSet::new)));
			}
		}

		assertThat(listed).hasSize(8);
		listed.forEach((ruleId, codes) -> assertThat(tested.get(ruleId)).as(ruleId).isEqualTo(codes));
	}

	// Helpers

	private static void assertCriterion(String decisionKey, Map<String, Object> inputs, String ruleId,
			String outcome) {
		Evaluated result = DMN.evaluate(decisionKey, inputs);
		String prefix = Character.toLowerCase(decisionKey.charAt(0)) + decisionKey.substring(1);

		assertThat(result.matchedRules()).as("matched rule").containsExactly(ruleId);
		assertThat(result.row().get(prefix + "Outcome")).as("outcome")
			.isEqualTo(outcome)
			.isEqualTo(DMN.outputText(ruleId, 0));
		assertThat(result.row().get(prefix + "Reason")).as("reason").isEqualTo(DMN.outputText(ruleId, 1));
	}

	/** Each row of the top decision is what its criterion's own table answers on the same inputs. */
	private static void assertRowsAreTheirTablesResults(Evaluated result, Map<String, Object> inputs) {
		for (Map<String, Object> row : result.rows()) {
			String decisionKey = decisionKey((String) row.get("criterionCode"));
			String prefix = Character.toLowerCase(decisionKey.charAt(0)) + decisionKey.substring(1);
			Map<String, Object> own = DMN.evaluate(decisionKey, inputs).row();

			assertThat(row.get("outcome")).as(decisionKey).isEqualTo(own.get(prefix + "Outcome"));
			assertThat(row.get("reason")).as(decisionKey).isEqualTo(own.get(prefix + "Reason")).isNotNull();
		}
	}

	private static List<Object> codes(Evaluated result) {
		return result.rows().stream().map(row -> row.get("criterionCode")).toList();
	}

	/** OPERATING_REVENUE_SHARE → OperatingRevenueShare. */
	private static String decisionKey(String criterionCode) {
		return Arrays.stream(criterionCode.split("_"))
			.map(word -> word.charAt(0) + word.substring(1).toLowerCase())
			.collect(Collectors.joining());
	}

	private static LocalDate day(Integer offset) {
		return offset == null ? null : SUBMISSION_DATE.plusDays(offset);
	}

	private static List<String> concat(List<String> first, List<String> second) {
		return Stream.concat(first.stream(), second.stream()).toList();
	}

}
