package fr.metropolerouen.guichetess.eligibility;

import static fr.metropolerouen.guichetess.eligibility.RuleFixtures.SUBMISSION_DATE;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.metropolerouen.guichetess.dossier.DossierData;
import fr.metropolerouen.guichetess.dossier.LeaseType;
import fr.metropolerouen.guichetess.dossier.OperationType;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.scheme.RuleSetVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The inputs of the decision tables, named as the tables name them, built from a dossier under version 1. */
class RuleInputsTests {

	/** Words of FEEL that the tables use and that are not inputs. */
	private static final Set<String> FEEL_WORDS = Set.of("and", "or", "not", "null", "true", "false", "item",
			"string", "min", "max", "floor", "concatenate");

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private static final Set<String> DOSSIER_FACTS = Set.of("requestedAmount", "operationType", "eligibleExpenses",
			"worksStartDate", "monthlyRent", "leaseStartDate", "leaseDurationMonths", "marketActivity",
			"operatingRevenue", "operatingExpenses", "ownFunds", "leaseType", "leaseSignedOn", "projectStartDate");

	private static final Set<String> LOCATION_PARAMETERS = Set.of("firstYearRate", "secondYearRate",
			"thirdYearRate", "organisationCap");

	private static final Set<String> IMMOBILIER_PARAMETERS = Set.of("aidRate", "minEligibleExpenses");

	@ParameterizedTest
	@EnumSource(AidScheme.class)
	void everyNameATableReadsIsAnInputEvenWhenNothingIsKnown(AidScheme scheme) {
		Set<String> read = namesReadByTheTables();
		Map<String, Object> known = RuleFixtures.inputs(RuleFixtures.eligible(scheme));
		Map<String, Object> unknown = RuleInputs.of(RuleFixtures.v1(scheme), new DossierData(scheme, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null),
				new OrganisationFacts(null, null, null, null), false, SUBMISSION_DATE, AidHistory.NONE);

		assertThat(read).contains("scheme", "submissionDate", "deMinimisReceived", "deMinimisCeiling",
				"organisationCapRoom", "otherLocationApplications", "monthlyRent", "aidRate", "roundingUnit");
		assertThat(known).containsKeys(read.toArray(String[]::new));
		assertThat(unknown).containsKeys(read.toArray(String[]::new));
	}

	@ParameterizedTest
	@EnumSource(AidScheme.class)
	void unknownFactsAreNullAndTheOtherSchemesParametersToo(AidScheme scheme) {
		DossierData nothing = new RuleFixtures.Data(scheme).build();

		Map<String, Object> inputs = RuleInputs.of(RuleFixtures.v1(scheme), nothing,
				new OrganisationFacts(null, null, null, null), false, SUBMISSION_DATE, AidHistory.NONE);

		DOSSIER_FACTS.forEach(name -> assertThat(inputs).as(name).containsEntry(name, null));
		assertThat(inputs).containsEntry("legalFormCode", null)
			.containsEntry("employees", null)
			.containsEntry("esusApproved", false)
			.containsEntry("communeInMetropole", false);
		Set<String> otherSchemes = scheme == AidScheme.IMMOBILIER_ESS ? LOCATION_PARAMETERS : IMMOBILIER_PARAMETERS;
		otherSchemes.forEach(name -> assertThat(inputs).as(name).containsEntry(name, null));
	}

	@ParameterizedTest
	@EnumSource(AidScheme.class)
	void everyParameterOfTheVersionIsCopied(AidScheme scheme) {
		RuleSetVersion rules = RuleFixtures.v1(scheme);

		Map<String, Object> inputs = RuleFixtures.inputs(RuleFixtures.eligible(scheme));

		assertThat(rules.parameters()).containsKeys("roundingUnit", "deMinimisCeiling", "deMinimisWindowYears",
				"minOperatingRevenueShare", "aidCap");
		assertThat(inputs).containsAllEntriesOf(rules.parameters());
	}

	@Test
	void version1HasTheParametersTheTestsAssume() {
		assertThat(RuleFixtures.immobilierV1().parameters()).containsOnlyKeys("aidRate", "aidCap",
				"minEligibleExpenses", "minOperatingRevenueShare", "roundingUnit", "deMinimisCeiling",
				"deMinimisWindowYears", "advanceRate", "firstPaymentRequestMonths", "completionMonths");
		assertThat(RuleFixtures.immobilierV1().parameter("aidRate")).isEqualByComparingTo("0.10");
		assertThat(RuleFixtures.immobilierV1().parameter("minEligibleExpenses")).isEqualByComparingTo("5000");
		assertThat(RuleFixtures.locationV1().parameter("organisationCap")).isEqualByComparingTo("200000");
		assertThat(RuleFixtures.locationV1().parameter("firstYearRate")).isEqualByComparingTo("0.50");
		for (RuleSetVersion rules : List.of(RuleFixtures.immobilierV1(), RuleFixtures.locationV1())) {
			assertThat(rules.version()).isEqualTo("1");
			assertThat(rules.eligibilityDecision()).isEqualTo("EligibilityCriteria");
			assertThat(rules.amountDecision()).isEqualTo("AidAmountSuggestion");
			assertThat(rules.parameter("minOperatingRevenueShare")).isEqualByComparingTo("0.33");
			assertThat(rules.parameter("deMinimisCeiling")).isEqualByComparingTo("300000");
			assertThat(rules.years("deMinimisWindowYears")).isEqualTo(3);
			assertThat(rules.parameter("roundingUnit")).isEqualByComparingTo("1");
		}
	}

	@Test
	void theFactsOfAnImmobilierDossierAndItsOrganisation() {
		DossierData data = RuleFixtures.eligibleImmobilier().build();

		Map<String, Object> inputs = RuleInputs.of(RuleFixtures.immobilierV1(), data,
				new OrganisationFacts("5458", RuleFixtures.ROUEN, 12, true), true, SUBMISSION_DATE, AidHistory.NONE);

		assertThat(inputs).containsEntry("scheme", "IMMOBILIER_ESS")
			.containsEntry("submissionDate", SUBMISSION_DATE)
			.containsEntry("legalFormCode", "5458")
			.containsEntry("esusApproved", true)
			.containsEntry("employees", 12)
			.containsEntry("communeInMetropole", true)
			.containsEntry("requestedAmount", data.requestedAmount())
			.containsEntry("operationType", "RENOVATION")
			.containsEntry("eligibleExpenses", data.eligibleExpenses())
			.containsEntry("worksStartDate", data.worksStartDate())
			.containsEntry("projectStartDate", data.worksStartDate())
			.containsEntry("marketActivity", true)
			.containsEntry("operatingRevenue", data.operatingRevenue())
			.containsEntry("operatingExpenses", data.operatingExpenses())
			.containsEntry("ownFunds", data.ownFunds())
			.containsEntry("leaseType", null)
			.containsEntry("organisationCapRoom", null)
			.containsEntry("otherLocationApplications", 0);
	}

	@Test
	void theFactsOfALocationDossier() {
		RuleFixtures.Data location = RuleFixtures.eligibleLocation()
			.worksStartDate(SUBMISSION_DATE.minusYears(1))
			.operationType(OperationType.ACQUISITION);
		DossierData data = location.build();

		Map<String, Object> inputs = RuleFixtures.inputs(location);

		assertThat(inputs).containsEntry("scheme", "LOCATION_ESS")
			.containsEntry("monthlyRent", data.monthlyRent())
			.containsEntry("leaseDurationMonths", 36)
			.containsEntry("leaseStartDate", data.leaseStartDate())
			.containsEntry("leaseSignedOn", data.leaseSignedOn())
			.containsEntry("leaseType", LeaseType.COMMERCIAL_OFFICE_LEASE.name())
			.containsEntry("projectStartDate", data.leaseStartDate())
			// what a Location dossier should not have is passed on as it is; its tables do not read it
			.containsEntry("worksStartDate", data.worksStartDate())
			.containsEntry("operationType", "ACQUISITION");
	}

	// De minimis: aid declared and aid granted here, within the window ending on the date

	@ParameterizedTest(name = "declared aid granted on {0}: counted {1}")
	@CsvSource({
			"2025-06-16, true",
			"2022-06-17, true",
			"2022-06-16, false",
			"2025-06-17, false",
	})
	void declaredAidCountsWithinTheWindowEndIncludedStartExcluded(LocalDate grantedOn, boolean counted) {
		Map<String, Object> inputs = RuleFixtures.inputs(RuleFixtures.eligibleImmobilier()
			.deMinimisAid(grantedOn, new BigDecimal("100000.00"))
			.deMinimisAid(SUBMISSION_DATE.minusMonths(6), new BigDecimal("0.50")));

		BigDecimal received = counted ? new BigDecimal("100000.50") : new BigDecimal("0.50");
		assertThat((BigDecimal) inputs.get("deMinimisReceived")).isEqualByComparingTo(received);
		assertThat((BigDecimal) inputs.get("deMinimisRoom"))
			.isEqualByComparingTo(new BigDecimal("300000").subtract(received));
	}

	@ParameterizedTest(name = "declared {0} + granted here {1}: received {2}, room {3}")
	@CsvSource({
			"0, 0, 0, 300000",
			"100000.00, 0, 100000.00, 200000.00",
			"0, 100000.00, 100000.00, 200000.00",
			"120000.25, 80000.50, 200000.75, 99999.25",
			"150000.00, 150000.00, 300000.00, 0",
			"150000.00, 150000.01, 300000.01, 0",
			"250000.00, 100000.00, 350000.00, 0",
	})
	void aidGrantedHereAddsToDeclaredAidAndTheRoomIsNeverNegative(String declared, String grantedHere,
			String received, String room) {
		RuleFixtures.Data data = RuleFixtures.eligibleLocation();
		if (new BigDecimal(declared).signum() > 0) {
			data.deMinimisAid(SUBMISSION_DATE.minusYears(1), new BigDecimal(declared));
		}

		Map<String, Object> inputs = RuleFixtures.inputs(data, RuleFixtures.eligibleOrganisation(),
				new AidHistory(new BigDecimal(grantedHere), BigDecimal.ZERO, 0));

		assertThat((BigDecimal) inputs.get("deMinimisReceived")).isEqualByComparingTo(received);
		assertThat((BigDecimal) inputs.get("deMinimisRoom")).isEqualByComparingTo(room);
	}

	// Location: the room under the cap per organisation and the other applications

	@ParameterizedTest(name = "{0} granted in the window: room {1}")
	@CsvSource({
			"0, 200000",
			"150000.00, 50000.00",
			"199999.99, 0.01",
			"200000.00, 0",
			"250000.00, 0",
	})
	void theRoomUnderTheCapPerOrganisationIsNeverNegative(String granted, String room) {
		AidHistory history = new AidHistory(new BigDecimal(granted), new BigDecimal(granted), 2);

		Map<String, Object> inputs = RuleFixtures.inputs(RuleFixtures.eligibleLocation(),
				RuleFixtures.eligibleOrganisation(), history);

		assertThat((BigDecimal) inputs.get("organisationCapRoom")).isEqualByComparingTo(room);
		assertThat(inputs).containsEntry("locationGrantedInWindow", history.locationGranted())
			.containsEntry("otherLocationApplications", 2);
	}

	@Test
	void anImmobilierDossierHasNoRoomUnderACapItDoesNotHave() {
		Map<String, Object> inputs = RuleFixtures.inputs(RuleFixtures.eligibleImmobilier(),
				RuleFixtures.eligibleOrganisation(), new AidHistory(BigDecimal.ZERO, BigDecimal.ZERO, 0));

		assertThat(inputs).containsEntry("organisationCapRoom", null).containsEntry("organisationCap", null);
	}

	/**
	 * The names the tables of both files read: the identifiers of their input expressions and output entries,
	 * without string literals, FEEL's own words and the outputs of other decisions.
	 */
	private static Set<String> namesReadByTheTables() {
		Set<String> names = new TreeSet<>();
		for (String file : List.of(DmnTestEngine.ELIGIBILITY, DmnTestEngine.AMOUNT)) {
			DmnTestEngine dmn = DmnTestEngine.load(file);
			for (String expression : dmn.expressions()) {
				Matcher matcher = IDENTIFIER.matcher(expression.replaceAll("\"[^\"]*\"", ""));
				while (matcher.find()) {
					names.add(matcher.group());
				}
			}
			names.removeAll(dmn.outputNames());
		}
		names.removeAll(FEEL_WORDS);
		return names;
	}

}
