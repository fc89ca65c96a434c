package fr.metropolerouen.guichetess.steering;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.support.Api;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.DossierSteps;
import fr.metropolerouen.guichetess.support.DossierSteps.Applicant;
import fr.metropolerouen.guichetess.support.PdfA;
import fr.metropolerouen.guichetess.support.Pdfs;
import fr.metropolerouen.guichetess.support.TestYears;
import fr.metropolerouen.guichetess.support.ThrowawayAccounts;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import static fr.metropolerouen.guichetess.support.DossierSteps.IMMOBILIER;
import static fr.metropolerouen.guichetess.support.DossierSteps.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steering figures of a year nobody else uses, built from eight dossiers whose every step is dated by moving the
 * engine clock: each indicator and each step time is known to the unit (see the plan in {@link #buildTheYear}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SteeringIntegrationTests extends ApiIntegrationTest {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Autowired
	private HistoryService history;

	private int year;

	private LocalDate dayZero;

	private String officerA;

	private String officerB;

	private final Map<String, String> ids = new HashMap<>();

	private final Map<String, String> references = new HashMap<>();

	/**
	 * Day 0 (2 March of the year): eight dossiers submitted. Immobilier: I1 (association, Rouen) complete on day 3,
	 * reviewed on day 5 by officer A, granted 20 000 € on day 12, balance of 15 000 € requested on day 20 and paid on
	 * day 25 (5 000 € released); I2 (SCOP, Bihorel) documents requested on day 1 by officer B, sent on day 4, complete
	 * on day 5, reviewed on day 9, refused on day 12; I3 (association) withdrawn on day 3. Location: L1 (ESUS company,
	 * Bois-Guillaume) complete on day 1, reviewed on day 3 by A, granted 12 000 € on day 12; L2 (company without ESUS
	 * approval, Bihorel: "to be reviewed") complete on day 2 by B, eligibility upheld on day 4, reviewed on day 10,
	 * granted 10 000 € on day 12; L3 (association without employees: ineligible) complete on day 1 by A, ineligibility
	 * confirmed on day 6; L4 never checked; L5 complete on day 2 by B, still in review. A year after the Bureau, L1 and L2
	 * lapse, nobody having asked for a payment: their 22 000 € go back to the envelope.
	 */
	@BeforeAll
	void buildTheYear() {
		api = new Api(port);
		steps = new DossierSteps(api);
		year = TestYears.unusedUnderRuleSets();
		dayZero = LocalDate.of(year, 3, 2);
		officerA = ThrowawayAccounts.open(api, "stg-a", "OFFICER");
		officerB = ThrowawayAccounts.open(api, "stg-b", "OFFICER");
		for (String scheme : List.of(IMMOBILIER, LOCATION)) {
			api.as("finance")
				.post("/api/envelopes", Map.of("scheme", scheme, "year", year, "allocated", new BigDecimal("500000.00"),
						"note", "Enveloppe des essais du pilotage"))
				.expect(201);
		}
		try {
			moveTo(0);
			submit("I1", IMMOBILIER, steps.newApplicant("9220", "76540", 5, false), "25000.00", 12, 3, 4);
			submit("I2", IMMOBILIER, steps.newApplicant("5458", "76095", 8, false), "40000.00", 8, 1, 0);
			submit("I3", IMMOBILIER, steps.newApplicant("9220", "76540", 5, false), "60000.00", null, null, null);
			submit("L1", LOCATION, steps.newApplicant("5710", "76108", 20, true), "15000.00", 20, 2, 5);
			submit("L2", LOCATION, steps.newApplicant("5710", "76095", 6, false), "12000.00", 6, 0, 6);
			submit("L3", LOCATION, steps.newApplicant("9220", "76540", 0, false), "20000.00", 0, 0, 0);
			submit("L4", LOCATION, steps.newApplicant(), "20000.00", 5, 2, 3);
			submit("L5", LOCATION, steps.newApplicant(), "20000.00", 5, 2, 3);

			moveTo(1);
			complete(officerA, "L1", "REVIEW");
			complete(officerA, "L3", "ELIGIBILITY_CONFIRMATION");
			api.as(officerB)
				.post("/api/dossiers/" + ids.get("I2") + "/completeness",
						Map.of("complete", false, "missingDocuments", List.of("STATUTES"), "message",
								"Les statuts signés manquent."))
				.expect(200);
			moveTo(2);
			complete(officerB, "L2", "ELIGIBILITY_CONFIRMATION");
			complete(officerB, "L5", "REVIEW");
			moveTo(3);
			complete(officerA, "I1", "REVIEW");
			review(officerA, "L1", "12000.00");
			api.as(steps.applicantOf(ids.get("I3"))).post("/api/dossiers/" + ids.get("I3") + "/withdraw").expect(200);
			moveTo(4);
			String i2Applicant = steps.applicantOf(ids.get("I2"));
			steps.upload(i2Applicant, ids.get("I2"), "STATUTES");
			steps.submit(i2Applicant, ids.get("I2"));
			decideOnIneligibility(officerB, "L2", false);
			moveTo(5);
			review(officerA, "I1", "20000.00");
			complete(officerB, "I2", "REVIEW");
			moveTo(6);
			decideOnIneligibility(officerA, "L3", true);
			moveTo(9);
			review(officerB, "I2", "30000.00");
			moveTo(10);
			review(officerB, "L2", "10000.00");
			moveTo(12);
			String session = steps.session("Bureau métropolitain du pilotage");
			steps.putOnAgenda(session, ids.get("I1"), ids.get("I2"), ids.get("L1"), ids.get("L2"));
			steps.decide(session, ids.get("I1"), "GRANTED", new BigDecimal("20000.00"), null).expect(200);
			steps.decide(session, ids.get("I2"), "REFUSED", null, "Le plan de financement n'est pas bouclé.")
				.expect(200);
			steps.decide(session, ids.get("L1"), "GRANTED", new BigDecimal("12000.00"), null).expect(200);
			steps.decide(session, ids.get("L2"), "GRANTED", new BigDecimal("10000.00"), null).expect(200);
			steps.close(session).expect(200);
			awaitStatus("I2", "REFUSED");
			moveTo(20);
			String i1Applicant = steps.applicantOf(ids.get("I1"));
			String invoices = steps.uploadProof(i1Applicant, ids.get("I1"), "PAID_INVOICES");
			String balance = steps.requestPayment(i1Applicant, ids.get("I1"), "BALANCE", new BigDecimal("15000.00"),
					new BigDecimal("337500.00"), List.of(invoices))
				.expect(201)
				.get("id")
				.asText();
			moveTo(22);
			steps.awaitTask("officer", ids.get("I1"), "SERVICE_DONE_CERTIFICATION");
			api.as(officerA).post("/api/payment-requests/" + balance + "/liquidation", Map.of()).expect(200);
			moveTo(23);
			steps.order(balance);
			moveTo(25);
			steps.recordPayment(balance, "VIR-PILOTAGE-1").expect(200);
			awaitStatus("I1", "CLOSED");
			ClockUtil.setCurrentTime(at(dayZero.plusDays(12).plusMonths(12).plusDays(1)));
			awaitStatus("L1", "LAPSED");
			awaitStatus("L2", "LAPSED");
		}
		finally {
			ClockUtil.reset();
		}
	}

	@Test
	void theYearsIndicatorsCountEachDossierAndEachEuro() {
		JsonNode indicators = api.as("finance").get("/api/steering/indicators?year=" + year).expect(200);
		JsonNode immobilier = scheme(indicators, IMMOBILIER);
		JsonNode location = scheme(indicators, LOCATION);
		JsonNode all = indicators.get("allSchemes");

		assertCounts(immobilier, 3, 2, 1, 1, 1, 0);
		assertCounts(location, 5, 3, 2, 1, 0, 2);
		assertCounts(all, 8, 5, 3, 2, 1, 2);
		assertThat(immobilier.at("/dossiers/lapsed").asLong()).isZero();
		assertThat(location.at("/dossiers/lapsed").asLong()).isEqualTo(2);
		assertThat(all.at("/dossiers/lapsed").asLong()).isEqualTo(2);
		for (JsonNode scheme : List.of(immobilier, location, all)) {
			assertThat(scheme.at("/dossiers/grantWithdrawn").asLong()).isZero();
			assertThat(scheme.at("/dossiers/closedWithoutFollowUp").asLong()).isZero();
		}

		assertAmounts(immobilier, "125000.00", "20000.00", "15000.00", "5000.00");
		assertAmounts(location, "87000.00", "22000.00", "0.00", "22000.00");
		assertAmounts(all, "212000.00", "42000.00", "15000.00", "27000.00");

		assertThat(immobilier.at("/beneficiaries/total").asLong()).isEqualTo(1);
		assertThat(shares(immobilier.at("/beneficiaries/byLegalFamily"))).containsExactly(Map.entry("ASSOCIATION", 1L));
		assertThat(shares(location.at("/beneficiaries/byLegalFamily")))
			.containsOnly(Map.entry("ESUS_COMPANY", 1L), Map.entry("COMMERCIAL_COMPANY", 1L));
		assertThat(all.at("/beneficiaries/total").asLong()).isEqualTo(3);
		assertThat(shares(all.at("/beneficiaries/byCommune")))
			.containsOnly(Map.entry("76540", 1L), Map.entry("76108", 1L), Map.entry("76095", 1L));
		assertThat(labels(all.at("/beneficiaries/byCommune"))).contains("Rouen", "Bois-Guillaume", "Bihorel");

		// I3 left its headcount blank: the organisation's 5 employees were recorded at submission
		assertJobs(immobilier.get("jobsDeclared"), 3, 25, 4, 4);
		assertJobs(location.get("jobsDeclared"), 5, 36, 6, 17);
		assertJobs(all.get("jobsDeclared"), 8, 61, 10, 21);
		assertJobs(all.get("jobsOfGrants"), 3, 38, 5, 15);
	}

	@Test
	void theEngineHistoryNamesTheStaffWhoCompletedEachTaskButNoApplicant() {
		List<String> completions = history.createHistoricTaskInstanceQuery()
			.processInstanceBusinessKey(references.get("I2"))
			.finished()
			.orderByHistoricActivityInstanceStartTime()
			.asc()
			.list()
			.stream()
			.map(task -> task.getTaskDefinitionKey() + " by " + task.getAssignee())
			.toList();

		assertThat(completions).containsExactly("Task_CheckCompleteness by " + officerB,
				"Task_ProvideMissingDocuments by null", "Task_CheckCompleteness by " + officerB,
				"Task_ReviewDossier by " + officerB, "Task_DecideInCommittee by committee");
	}

	@Test
	void theChartAcrossYearsCountsTheYearsDossiers() {
		JsonNode bars = api.as("officer").get("/api/steering/indicators/per-year?from=" + year + "&to=" + year)
			.expect(200);
		assertThat(bars).hasSize(2);
		for (JsonNode bar : bars) {
			boolean immobilier = bar.get("scheme").asText().equals(IMMOBILIER);
			assertThat(bar.get("received").asLong()).isEqualTo(immobilier ? 3 : 5);
			assertThat(bar.get("granted").asLong()).isEqualTo(immobilier ? 1 : 2);
			assertThat(bar.get("grantedAmount").decimalValue()).isEqualByComparingTo(immobilier ? "20000.00" : "22000.00");
		}
	}

	@Test
	void stepTimesComeFromTheEngineHistoryPerSchemeAndPerOfficer() {
		JsonNode analytics = api.as("admin").get("/api/steering/process-analytics?year=" + year).expect(200);

		JsonNode immobilier = group(analytics.get("stepTimesPerScheme"), "Dynamique Immobilier ESS");
		assertStep(immobilier, "COMPLETENESS", 2, "2.5", "2.9");
		assertStep(immobilier, "MISSING_DOCUMENTS", 1, "3.0", "3.0");
		assertStep(immobilier, "REVIEW", 2, "3.0", "3.8");
		assertStep(immobilier, "COMMITTEE", 2, "5.0", "6.6");
		assertStep(immobilier, "PAYMENT", 1, "5.0", "5.0");
		JsonNode location = group(analytics.get("stepTimesPerScheme"), "Dynamique Location ESS");
		assertStep(location, "COMPLETENESS", 4, "1.5", "2.0");
		assertStep(location, "MISSING_DOCUMENTS", 0, null, null);
		assertStep(location, "REVIEW", 3, "5.0", "7.4");
		assertStep(location, "COMMITTEE", 2, "5.5", "8.3");
		assertStep(location, "PAYMENT", 0, null, null);
		JsonNode all = group(analytics.get("stepTimesPerScheme"), "Tous dispositifs");
		assertStep(all, "COMPLETENESS", 6, "2.0", "2.5");
		assertStep(all, "REVIEW", 5, "4.0", "6.8");
		assertStep(all, "COMMITTEE", 4, "5.0", "8.4");

		JsonNode byA = group(analytics.get("stepTimesPerOfficer"), officerA);
		assertStep(byA, "COMPLETENESS", 3, "1.0", "2.6");
		assertStep(byA, "REVIEW", 3, "2.0", "4.4");
		assertStep(byA, "COMMITTEE", 2, "8.0", "8.8");
		assertStep(byA, "PAYMENT", 1, "5.0", "5.0");
		JsonNode byB = group(analytics.get("stepTimesPerOfficer"), officerB);
		assertStep(byB, "COMPLETENESS", 3, "2.0", "2.0");
		assertStep(byB, "MISSING_DOCUMENTS", 1, "3.0", "3.0");
		assertStep(byB, "REVIEW", 2, "6.0", "7.6");
		assertStep(byB, "COMMITTEE", 2, "2.5", "2.9");
		JsonNode unassigned = group(analytics.get("stepTimesPerOfficer"), "Non attribué");
		assertThat(unassigned.get("steps")).allSatisfy(step -> assertThat(step.get("samples").asLong()).isZero());

		assertRework(group(analytics.get("reworkPerScheme"), "Dynamique Immobilier ESS"), 3, 1, 1, 1);
		assertRework(group(analytics.get("reworkPerScheme"), "Dynamique Location ESS"), 5, 0, 0, 0);
		assertRework(group(analytics.get("reworkPerScheme"), "Tous dispositifs"), 8, 1, 1, 1);
		assertRework(group(analytics.get("reworkPerOfficer"), officerA), 3, 0, 0, 0);
		assertRework(group(analytics.get("reworkPerOfficer"), officerB), 3, 1, 1, 1);
		assertRework(group(analytics.get("reworkPerOfficer"), "Non attribué"), 2, 0, 0, 0);
	}

	@Test
	void dossiersWithoutDecisionAreListedTenDaysBeforeTheirImplicitRejection() {
		LocalDate rejection = dayZero.plusMonths(2);
		ClockUtil.setCurrentTime(at(rejection.minusDays(10)));
		JsonNode analytics = api.as("officer").get("/api/steering/process-analytics?year=" + year).expect(200);

		List<JsonNode> ours = StreamSupport.stream(analytics.get("nearImplicitRejection").spliterator(), false)
			.filter(dossier -> references.containsValue(dossier.get("reference").asText()))
			.toList();
		assertThat(ours).extracting(dossier -> dossier.get("reference").asText())
			.containsExactly(references.get("L4"), references.get("L5"));
		JsonNode l5 = ours.get(1);
		assertThat(l5.get("officer").asText()).isEqualTo(officerB);
		assertThat(l5.get("status").asText()).isEqualTo("UNDER_REVIEW");
		assertThat(l5.get("implicitRejectionDate").asText()).isEqualTo(rejection.toString());
		assertThat(l5.get("daysLeft").asLong()).isEqualTo(10);
		assertThat(ours.get(0).get("officer").asText()).isEqualTo("Non attribué");
		assertThat(StreamSupport.stream(analytics.get("nearRejectionPerOfficer").spliterator(), false)
			.filter(count -> count.get("group").asText().equals(officerB))
			.map(count -> count.get("count").asLong())).containsExactly(1L);

		ClockUtil.setCurrentTime(at(rejection.minusDays(16)));
		JsonNode earlier = api.as("officer").get("/api/steering/process-analytics?year=" + year).expect(200);
		assertThat(earlier.get("nearImplicitRejection")).extracting(dossier -> dossier.get("reference").asText())
			.as("16 days before, the date is not near yet (warning at 15 days)")
			.doesNotContain(references.get("L4"), references.get("L5"));
	}

	@Test
	void theAnnualReportPdfHoldsTheYearsFigures() {
		Api.Response pdf = api.as("finance").get("/api/steering/annual-report.pdf?year=" + year);
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).startsWith("application/pdf");
		assertThat(pdf.headers().getContentDisposition().getFilename()).isEqualTo("rapport-annuel-" + year + ".pdf");
		assertThat(PdfA.violationsOfPdfA2b(pdf.body())).as("the report as issued: broken PDF/A-2b rules").isEmpty();
		String text = Pdfs.plainSpaces(Pdfs.text(pdf.body()));

		assertThat(text).contains("Rapport annuel " + year + " des aides aux entreprises de l'ESS",
				"8 dossiers déposés, 3 aides accordées pour 42 000,00 €", "3 structures bénéficiaires");
		assertThat(text).contains("Dossiers déposés 3 5 8", "Dossiers éligibles 2 3 5", "Aides accordées 1 2 3",
				"Dossiers refusés 1 1 2", "Dossiers retirés par le porteur 1 0 1", "Dossiers en cours 0 2 2");
		assertThat(text).contains("Montant demandé 125 000,00 € 87 000,00 € 212 000,00 €",
				"Montant accordé 20 000,00 € 22 000,00 € 42 000,00 €", "Montant versé 15 000,00 € 0,00 € 15 000,00 €",
				"Montant dégagé 5 000,00 € 22 000,00 € 27 000,00 €");
		assertThat(text).contains("Aides devenues caduques 0 2 2");
		assertThat(text).contains("Effectif salarié des structures (dossiers déposés) 25 36 61",
				"Emplois créés (dossiers déposés) 4 6 10", "Emplois maintenus (dossiers déposés) 4 17 21");
		assertThat(text).contains("Associations 1 0 1", "Entreprises commerciales agréées ESUS 0 1 1");
		assertThat(text).contains("Rouen 1 0 1", "Bihorel 0 1 1", "Bois-Guillaume 0 1 1");
		assertThat(text).contains("Dynamique Immobilier ESS Vérification de la complétude 2 2,5 2,9",
				"Tous dispositifs Attente de la décision du Bureau 4 5,0 8,4",
				officerB + " Attente des pièces manquantes 1 3,0 3,0");
	}

	@Test
	void theAnnualReportWorkbookHasOneTypedSheetPerTable() throws IOException {
		Api.Response xlsx = api.as("admin").get("/api/steering/annual-report.xlsx?year=" + year);
		assertThat(xlsx.status()).isEqualTo(200);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()),
				new ReadingOptions(true, false))) {
			assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("Dossiers", "Montants", "Emplois",
					"Familles", "Communes", "Délais", "Délais par agent", "Pièces manquantes",
					"Rejet implicite proche", "Années");
			List<Row> amounts = workbook.getSheets().filter(s -> s.getName().equals("Montants")).findFirst()
				.orElseThrow()
				.read();
			assertThat(amounts.get(0).getCellText(3)).isEqualTo("Tous dispositifs");
			assertThat(amounts.get(3).getCellText(0)).isEqualTo("Montant versé");
			assertThat(amounts.get(3).getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("15000");
			List<Row> times = workbook.getSheets().filter(s -> s.getName().equals("Délais")).findFirst()
				.orElseThrow()
				.read();
			Row review = times.stream()
				.filter(row -> row.getCellText(0).equals("Dynamique Location ESS")
						&& row.getCellText(1).equals("Instruction"))
				.findFirst()
				.orElseThrow();
			assertThat(review.getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("5.0");
			assertThat(review.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("7.4");
		}
	}

	@Test
	void onlyThePeopleWhoSteerReadTheFiguresAndABadYearIsRefusedInFrench() {
		assertThat(api.as("applicant-a").get("/api/steering/indicators").status()).isEqualTo(403);
		assertThat(api.as("committee").get("/api/steering/process-analytics").status()).isEqualTo(403);
		assertThat(api.anonymous().get("/api/steering/annual-report.pdf?year=" + year).status()).isEqualTo(401);
		JsonNode refused = api.as("officer").get("/api/steering/indicators?year=1850").expect(400);
		assertThat(refused.toString()).contains("doit être une année valide");
		JsonNode period = api.as("officer").get("/api/steering/indicators/per-year?from=2030&to=2020").expect(400);
		assertThat(period.get("detail").asText()).contains("La période doit aller");
	}

	private void submit(String key, String scheme, Applicant applicant, String requested, Integer headcount,
			Integer jobsCreated, Integer jobsKept) {
		Map<String, Object> data = DossierSteps.projectData(scheme);
		data.put("requestedAmount", new BigDecimal(requested));
		data.put("headcount", headcount);
		data.put("jobsCreated", jobsCreated);
		data.put("jobsKept", jobsKept);
		JsonNode dossier = steps.submitted(applicant.username(), data);
		ids.put(key, dossier.get("id").asText());
		references.put(key, dossier.get("reference").asText());
	}

	/** Declares the dossier complete, then waits for the next task: it starts after an asynchronous step. */
	private void complete(String officer, String key, String nextTask) {
		steps.awaitTask("officer", ids.get(key), "COMPLETENESS_CHECK");
		api.as(officer).post("/api/dossiers/" + ids.get(key) + "/completeness", Map.of("complete", true)).expect(200);
		steps.awaitTask("officer", ids.get(key), nextTask);
	}

	private void decideOnIneligibility(String officer, String key, boolean confirm) {
		steps.awaitTask("officer", ids.get(key), "ELIGIBILITY_CONFIRMATION");
		api.as(officer)
			.post("/api/dossiers/" + ids.get(key) + "/eligibility-confirmation", Map.of("confirmIneligible", confirm,
					"justification", confirm ? "La structure n'emploie aucun salarié." : "Statuts conformes à l'ESS."))
			.expect(200);
		if (!confirm) {
			steps.awaitTask("officer", ids.get(key), "REVIEW");
		}
	}

	private void review(String officer, String key, String amount) {
		steps.awaitTask("officer", ids.get(key), "REVIEW");
		api.as(officer)
			.post("/api/dossiers/" + ids.get(key) + "/review",
					Map.of("proposedAmount", new BigDecimal(amount), "opinion", "Projet solide, ancrage local avéré."))
			.expect(200);
	}

	private void awaitStatus(String key, String status) {
		steps.awaitDossier("officer", ids.get(key), status, d -> d.get("status").asText().equals(status));
	}

	private void moveTo(int day) {
		ClockUtil.setCurrentTime(at(dayZero.plusDays(day)));
	}

	private static Date at(LocalDate day) {
		return Date.from(day.atTime(10, 0).atZone(PARIS).toInstant());
	}

	private static JsonNode scheme(JsonNode indicators, String scheme) {
		for (JsonNode candidate : indicators.get("schemes")) {
			if (candidate.get("scheme").asText().equals(scheme)) {
				return candidate;
			}
		}
		throw new AssertionError("No indicators for " + scheme);
	}

	private static JsonNode group(JsonNode groups, String name) {
		for (JsonNode candidate : groups) {
			if (candidate.get("group").asText().equals(name)) {
				return candidate;
			}
		}
		throw new AssertionError("No group " + name + " in " + groups);
	}

	private static void assertCounts(JsonNode scheme, long received, long eligible, long granted, long refused,
			long withdrawn, long inProgress) {
		JsonNode dossiers = scheme.get("dossiers");
		assertThat(List.of(dossiers.get("received").asLong(), dossiers.get("eligible").asLong(),
				dossiers.get("granted").asLong(), dossiers.get("refused").asLong(), dossiers.get("withdrawn").asLong(),
				dossiers.get("inProgress").asLong()))
			.as(scheme.get("schemeName").asText() + ": received, eligible, granted, refused, withdrawn, in progress")
			.containsExactly(received, eligible, granted, refused, withdrawn, inProgress);
	}

	private static void assertAmounts(JsonNode scheme, String requested, String granted, String paid,
			String released) {
		JsonNode amounts = scheme.get("amounts");
		assertThat(amounts.get("requested").decimalValue()).isEqualByComparingTo(requested);
		assertThat(amounts.get("granted").decimalValue()).isEqualByComparingTo(granted);
		assertThat(amounts.get("paid").decimalValue()).isEqualByComparingTo(paid);
		assertThat(amounts.get("released").decimalValue()).isEqualByComparingTo(released);
	}

	private static void assertJobs(JsonNode jobs, long dossiers, long headcount, long created, long kept) {
		assertThat(List.of(jobs.get("dossiers").asLong(), jobs.get("headcount").asLong(), jobs.get("created").asLong(),
				jobs.get("kept").asLong())).containsExactly(dossiers, headcount, created, kept);
	}

	private static void assertStep(JsonNode group, String step, long samples, String median, String p90) {
		JsonNode found = null;
		for (JsonNode candidate : group.get("steps")) {
			if (candidate.get("step").asText().equals(step)) {
				found = candidate;
			}
		}
		assertThat(found).as(step).isNotNull();
		assertThat(found.get("samples").asLong()).as(group.get("group") + " " + step + " samples").isEqualTo(samples);
		if (median == null) {
			assertThat(found.get("medianDays").isNull()).isTrue();
			assertThat(found.get("p90Days").isNull()).isTrue();
		}
		else {
			assertThat(found.get("medianDays").decimalValue()).as(group.get("group") + " " + step + " median")
				.isEqualByComparingTo(median);
			assertThat(found.get("p90Days").decimalValue()).as(group.get("group") + " " + step + " p90")
				.isEqualByComparingTo(p90);
		}
	}

	private static void assertRework(JsonNode rework, long dossiers, long withRework, long rounds, long most) {
		assertThat(List.of(rework.get("dossiers").asLong(), rework.get("dossiersWithRework").asLong(),
				rework.get("rounds").asLong(), rework.get("mostRounds").asLong()))
			.as(rework.get("group").asText())
			.containsExactly(dossiers, withRework, rounds, most);
	}

	private static Map<String, Long> shares(JsonNode shares) {
		Map<String, Long> counts = new HashMap<>();
		shares.forEach(share -> counts.put(share.get("code").asText(), share.get("count").asLong()));
		return counts;
	}

	private static List<String> labels(JsonNode shares) {
		return StreamSupport.stream(shares.spliterator(), false).map(share -> share.get("label").asText()).toList();
	}

}
