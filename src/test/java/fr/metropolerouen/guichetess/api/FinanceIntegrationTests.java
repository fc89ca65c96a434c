package fr.metropolerouen.guichetess.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.support.Api;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.DossierSteps;
import fr.metropolerouen.guichetess.support.Pdfs;
import fr.metropolerouen.guichetess.support.TableSchemaValidator;
import fr.metropolerouen.guichetess.support.TestYears;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import static fr.metropolerouen.guichetess.support.DossierSteps.IMMOBILIER;
import static fr.metropolerouen.guichetess.support.DossierSteps.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What finance staff do with the money: corrections with a trace, the ledger and its exports, the forecast, the
 * history of the years before the Guichet, the annual summary and the open-data file.
 */
class FinanceIntegrationTests extends ApiIntegrationTest {

	private static final Path SCDL_SCHEMA = Path.of("src/main/resources/open-data/scdl-subventions-schema-2.1.1.json");

	/** 2017–2021 as the roadmap counts them: 11 Location grants (182 211 €) and 4 Immobilier grants (259 209 €). */
	private static final List<String> HISTORY = List.of(
			"LOCATION_ESS;2017;%s;Association Le Relais Solidaire;12 000,00;12 000,00",
			"LOCATION_ESS;2017;%s;Coopérative Les Écoliers du Bocage;18 500,00;18 500,00",
			"Dynamique Location ESS;2018;%s;Régie de quartier Rouen Sud;15 250,50;15 250,50",
			"LOCATION_ESS;2018;%s;SCIC Énergies Citoyennes;21 000,00;14 000,00",
			"LOCATION_ESS;2019;%s;Atelier « Vélo en ville »;9 800,00;9 800,00",
			"LOCATION_ESS;2019;%s;Association Jardins d'Insertion;17 600,00;11 733,33",
			"LOCATION_ESS;2020;%s;SCOP Imprimerie Coopérative;14 299,50;9 533,00",
			"LOCATION_ESS;2020;%s;Ressourcerie du Cailly;19 900,00;6 633,33",
			"LOCATION_ESS;2021;%s;Tiers-lieu La Fabrique;16 400,00;5 466,67",
			"LOCATION_ESS;2021;%s;Entreprise d'insertion Bâtiment Plus;20 461,00;0,00",
			"LOCATION_ESS;2021;%s;Épicerie solidaire Le Panier;17 000,00;0",
			"IMMOBILIER_ESS;2017;%s;SCI de la Coopérative Agricole;64 800,00;64 800,00",
			"IMMOBILIER_ESS;2019;%s;Association Maison des Solidarités;75 000,00;75 000,00",
			"Dynamique Immobilier ESS;2020;%s;SCIC Habitat Partagé;50 000,00;30 000,00",
			"IMMOBILIER_ESS;2021;%s;Fondation Le Toit Normand;69 409,00;0,00");

	private static final String HEADER = "dispositif;année;siret;bénéficiaire;montant_engagé;montant_versé";

	@Test
	void fifteenPastGrantsImportedShowInTheAnnualSummaryToTheCent() throws IOException {
		byte[] file = historyFile(HISTORY, 500);

		JsonNode checked = api.as("finance").uploadFile("/api/finance/history-imports?dryRun=true", "2017-2021.csv",
				file).expect(200);
		assertThat(checked.get("dryRun").asBoolean()).isTrue();
		assertThat(checked.get("grants").asInt()).isEqualTo(15);
		JsonNode imported = api.as("finance").uploadFile("/api/finance/history-imports", "2017-2021.csv", file)
			.expect(201);
		assertThat(imported.get("id").isNull()).isFalse();
		assertThat(api.as("finance").uploadFile("/api/finance/history-imports", "copie.csv", file).expect(409)
			.get("detail").asText()).contains("déjà été importé");

		JsonNode summary = api.as("finance")
			.get("/api/finance/annual-summary?from=" + TestYears.HISTORY_FROM + "&to=" + TestYears.HISTORY_TO)
			.expect(200);

		JsonNode location = schemeTotal(summary, LOCATION);
		assertThat(location.get("granted").asInt()).isEqualTo(11);
		assertThat(location.get("engaged").decimalValue()).isEqualByComparingTo("182211.00");
		assertThat(location.get("beneficiaries").asInt()).isEqualTo(11);
		JsonNode immobilier = schemeTotal(summary, IMMOBILIER);
		assertThat(immobilier.get("granted").asInt()).isEqualTo(4);
		assertThat(immobilier.get("engaged").decimalValue()).isEqualByComparingTo("259209.00");
		assertThat(immobilier.get("paid").decimalValue()).isEqualByComparingTo("169800.00");
		JsonNode total = summary.get("total");
		assertThat(total.get("granted").asInt()).isEqualTo(15);
		assertThat(total.get("engaged").decimalValue()).isEqualByComparingTo("441420.00");
		assertThat(total.get("beneficiaries").asInt()).isEqualTo(15);
		JsonNode location2021 = row(summary, LOCATION, 2021);
		assertThat(location2021.get("granted").asInt()).isEqualTo(3);
		assertThat(location2021.get("received").isNull()).as("what was received before the Guichet is unknown").isTrue();
		assertThat(location2021.get("includesHistory").asBoolean()).isTrue();

		List<CSVRecord> lines = csv(api.as("finance")
			.get("/api/finance/annual-summary.csv?from=" + TestYears.HISTORY_FROM + "&to=" + TestYears.HISTORY_TO)
			.text(), ';');
		CSVRecord all = lines.get(lines.size() - 1);
		assertThat(all.get("dispositif")).isEqualTo("Tous dispositifs");
		assertThat(all.get("aides_accordees")).isEqualTo("15");
		assertThat(all.get("montant_engage")).isEqualTo("441420.00");
		List<Row> sheet = xlsx(api.as("finance")
			.get("/api/finance/annual-summary.xlsx?from=" + TestYears.HISTORY_FROM + "&to=" + TestYears.HISTORY_TO));
		Row last = sheet.get(sheet.size() - 1);
		assertThat(last.getCellAsNumber(5).orElseThrow()).isEqualByComparingTo("441420");
	}

	@Test
	void aHistoryFileWithOneBadLineImportsNothingAndNamesTheLine() {
		List<String> lines = new ArrayList<>(HISTORY.subList(0, 3));
		lines.set(1, "LOCATION_ESS;2017;%s;Coopérative Sans Clé;18 500,00;18 500,00");
		byte[] file = historyFile(lines, 600);
		String text = new String(file, StandardCharsets.UTF_8).replaceFirst("\n(LOCATION_ESS;2017;\\d{13})\\d",
				"\n$1" + "X");
		int importsBefore = api.as("finance").get("/api/finance/history-imports").expect(200).size();

		JsonNode refused = api.as("finance")
			.uploadFile("/api/finance/history-imports", "erreur.csv", text.getBytes(StandardCharsets.UTF_8))
			.expect(400);

		assertThat(refused.get("detail").asText()).contains("rien n'a été importé");
		assertThat(refused.get("errors")).singleElement().satisfies(error -> {
			assertThat(error.get("line").asInt()).isEqualTo(2);
			assertThat(error.get("field").asText()).isEqualTo("siret");
		});
		assertThat(api.as("finance").get("/api/finance/history-imports").expect(200)).hasSize(importsBefore);
		api.as("officer").uploadFile("/api/finance/history-imports", "x.csv", file).expect(403);
	}

	@Test
	void financeReleasesAndRecoversMoneyWithATraceOnTheDossier() {
		int year = TestYears.unusedFor(LOCATION);
		String envelope = openEnvelope(LOCATION, year, "10000.00");
		String dossier = grantedAndPaid(year, "3000.00", "1000.00");
		Map<String, String> key = Map.of("Idempotency-Key", "caducite-" + dossier);

		JsonNode release = api.as("finance")
			.post("/api/finance/dossiers/" + dossier + "/releases",
					Map.of("amount", new BigDecimal("500.00"), "reason", "LAPSE", "note", "Délai dépassé"), key)
			.expect(201);
		JsonNode replay = api.as("finance")
			.post("/api/finance/dossiers/" + dossier + "/releases",
					Map.of("amount", new BigDecimal("500.00"), "reason", "LAPSE", "note", "Délai dépassé"), key)
			.expect(200);
		assertThat(replay.get("id").asText()).isEqualTo(release.get("id").asText());
		JsonNode tooMuch = api.as("finance")
			.post("/api/finance/dossiers/" + dossier + "/releases",
					Map.of("amount", new BigDecimal("1500.01"), "reason", "RENUNCIATION"))
			.expect(409);
		assertThat(Pdfs.plainSpaces(tooMuch.get("detail").asText())).contains("Il ne reste que 1 500,00 €");
		api.as("finance")
			.post("/api/finance/dossiers/" + dossier + "/recoveries",
					Map.of("amount", new BigDecimal("400.00"), "orderReference", "TR-" + year + "-17"))
			.expect(201);
		JsonNode overRecovery = api.as("finance")
			.post("/api/finance/dossiers/" + dossier + "/recoveries",
					Map.of("amount", new BigDecimal("600.01"), "orderReference", "TR-" + year + "-18"))
			.expect(409);
		assertThat(Pdfs.plainSpaces(overRecovery.get("detail").asText())).contains("Seuls 600,00 €");
		api.as("officer")
			.post("/api/finance/dossiers/" + dossier + "/releases",
					Map.of("amount", new BigDecimal("1.00"), "reason", "CORRECTION"))
			.expect(403);
		api.as("finance")
			.post("/api/finance/dossiers/" + dossier + "/releases", Map.of("amount", new BigDecimal("1.00")))
			.expect(400);

		JsonNode money = api.as("finance").get("/api/finance/dossiers/" + dossier).expect(200);
		assertThat(money.get("engaged").decimalValue()).isEqualByComparingTo("3000.00");
		assertThat(money.get("released").decimalValue()).isEqualByComparingTo("500.00");
		assertThat(money.get("paid").decimalValue()).isEqualByComparingTo("1000.00");
		assertThat(money.get("recovered").decimalValue()).isEqualByComparingTo("400.00");
		assertThat(money.get("remainingToPay").decimalValue()).isEqualByComparingTo("1500.00");
		assertThat(money.get("netPaid").decimalValue()).isEqualByComparingTo("600.00");
		assertThat(money.get("entries")).extracting(entry -> entry.get("kind").asText())
			.containsExactly("ENGAGEMENT", "PAYMENT", "RELEASE", "RECOVERY");
		assertThat(money.get("entries").get(2).get("reason").asText()).isEqualTo("LAPSE");
		JsonNode figures = api.as("finance").get("/api/envelopes/" + envelope).expect(200);
		assertThat(figures.get("available").decimalValue()).isEqualByComparingTo("7500.00");
		assertThat(figures.get("remainingToPay").decimalValue()).isEqualByComparingTo("1500.00");
		assertThat(figures.get("recovered").decimalValue()).isEqualByComparingTo("400.00");
		List<String> timeline = new ArrayList<>();
		steps.dossier("officer", dossier).get("timeline").forEach(entry -> timeline.add(entry.get("action").asText()));
		assertThat(timeline).containsSubsequence("PAYMENT_APPROVED", "ENGAGEMENT_RELEASED", "RECOVERY_ORDERED");
		assertThat(timeline).filteredOn("ENGAGEMENT_RELEASED"::equals).as("the replay left no second trace").hasSize(1);
	}

	@Test
	void theLedgerIsFilteredAndExportedForTheFinanceSoftware() throws IOException {
		int year = TestYears.unusedFor(LOCATION);
		openEnvelope(LOCATION, year, "8000.00");
		String dossier = grantedAndPaid(year, "2000.00", "750.00");
		String reference = steps.dossier("finance", dossier).get("reference").asText();
		String filter = "?scheme=" + LOCATION + "&year=" + year;

		JsonNode page = api.as("finance").get("/api/finance/ledger" + filter + "&size=2").expect(200);
		assertThat(page.get("totalElements").asInt()).isEqualTo(3);
		assertThat(page.get("content")).hasSize(2);
		JsonNode payments = api.as("finance").get("/api/finance/ledger" + filter + "&kind=PAYMENT").expect(200);
		assertThat(payments.get("content")).singleElement().satisfies(line -> {
			assertThat(line.get("dossierReference").asText()).isEqualTo(reference);
			assertThat(line.get("amount").decimalValue()).isEqualByComparingTo("750.00");
			assertThat(line.get("beneficiary").asText()).startsWith("Structure d'essai");
		});
		assertThat(api.as("finance").get("/api/finance/ledger?dossierId=" + dossier).expect(200).get("totalElements")
			.asInt()).isEqualTo(2);
		LocalDate today = DossierSteps.today();
		assertThat(api.as("finance")
			.get("/api/finance/ledger" + filter + "&from=" + today + "&to=" + today)
			.expect(200)
			.get("content")).extracting(line -> line.get("kind").asText()).containsExactlyInAnyOrder("ALLOCATION", "PAYMENT");

		Api.Response csv = api.as("finance").get("/api/finance/ledger.csv" + filter).ok();
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.headers().getContentDisposition().getFilename()).isEqualTo("grand-livre.csv");
		List<CSVRecord> rows = csv(csv.text(), ';');
		assertThat(rows).extracting(row -> row.get("nature")).containsExactly("ALLOCATION", "ENGAGEMENT", "PAYMENT");
		assertThat(rows.get(2).get("montant")).isEqualTo("750.00");
		assertThat(rows.get(2).get("dossier")).isEqualTo(reference);
		assertThat(rows.get(1).get("date_operation")).isEqualTo(year + "-03-12");
		List<Row> sheet = xlsx(api.as("finance").get("/api/finance/ledger.xlsx" + filter));
		assertThat(sheet).hasSize(4);
		assertThat(sheet.get(0).getCellAsString(0).orElseThrow()).isEqualTo("dispositif");
		assertThat(sheet.get(3).getCellAsNumber(7).orElseThrow()).isEqualByComparingTo("750");
		JsonNode badFilter = api.as("finance").get("/api/finance/ledger?kind=VIREMENT&from=hier").expect(400);
		assertThat(badFilter.get("errors")).extracting(error -> error.get("field").asText())
			.containsExactlyInAnyOrder("kind", "from");
		assertThat(badFilter.get("errors").toString()).contains("VIREMENT", "ENGAGEMENT").doesNotContain("Failed");
		api.as("officer").get("/api/finance/ledger.csv").expect(403);
		api.as(steps.applicantOf(dossier)).get("/api/finance/ledger").expect(403);
	}

	@Test
	void theForecastShowsWhatAgendasProposeBesideWhatIsAvailable() {
		int year = TestYears.unusedFor(IMMOBILIER);
		openEnvelope(IMMOBILIER, year, "5000.00");
		List<String> dossiers = List.of(
				steps.awaitingCommittee(steps.newApplicant().username(), DossierSteps.projectData(IMMOBILIER),
						new BigDecimal("3000.00")),
				steps.awaitingCommittee(steps.newApplicant().username(), DossierSteps.projectData(IMMOBILIER),
						new BigDecimal("2500.00")));
		String session = steps.sessionOn(LocalDate.of(year, 11, 4), "Bureau de novembre");
		steps.putOnAgenda(session, dossiers.toArray(String[]::new));
		JsonNode submitted = steps.submitted(steps.newApplicant().username(), DossierSteps.projectData(LOCATION));

		JsonNode forecast = scheme(api.as("committee").get("/api/finance/forecast?year=" + year).expect(200), IMMOBILIER);

		assertThat(forecast.get("available").decimalValue()).isEqualByComparingTo("5000.00");
		assertThat(forecast.get("onAgenda").get("dossiers").asInt()).isEqualTo(2);
		assertThat(forecast.get("onAgenda").get("amount").decimalValue()).isEqualByComparingTo("5500.00");
		assertThat(forecast.get("agendaShortfall").decimalValue()).isEqualByComparingTo("500.00");
		assertThat(Pdfs.plainSpaces(forecast.get("warning").asText())).contains("il manque 500,00 €");
		assertThat(forecast.get("underReview").get("dossiers").asInt())
			.as("dossiers not on an agenda count in the current year only")
			.isZero();
		JsonNode thisYear = scheme(api.as("officer").get("/api/finance/forecast").expect(200), LOCATION);
		List<String> underReview = new ArrayList<>();
		thisYear.get("underReview").get("references").forEach(ref -> underReview.add(ref.asText()));
		assertThat(underReview).contains(submitted.get("reference").asText());
		api.as(steps.applicantOf(submitted.get("id").asText())).get("/api/finance/forecast").expect(403);
	}

	@Test
	void theOpenDataFileOfAYearFollowsTheScdlSchema() {
		int year = TestYears.unused();
		openEnvelope(LOCATION, year, "60000.00");
		String paidOnce = grantedAndPaid(year, "2500.00", "2500.00", 12);
		Map<String, Object> data = DossierSteps.projectData(LOCATION);
		data.put("projectTitle", ("Location de bureaux « partagés », pour l'équipe \"accompagnement\" ; ").repeat(5)
			.substring(0, 300));
		String longTitle = steps.awaitingCommittee(steps.newApplicant().username(), data, new BigDecimal("15000.00"));
		String session = steps.sessionOn(LocalDate.of(year, 7, 1), "Bureau de juillet");
		steps.putOnAgenda(session, longTitle);
		steps.decideAndClose(session, longTitle, "GRANTED", new BigDecimal("15000.00"), null).expect(200);

		Api.Response file = api.as("finance").get("/api/finance/open-data/subventions.csv?year=" + year).ok();

		assertThat(TableSchemaValidator.of(SCDL_SCHEMA).validate(file.body())).isEmpty();
		List<CSVRecord> rows = csv(file.text(), ',');
		assertThat(rows).hasSize(2);
		Map<String, CSVRecord> byAmount = rows.stream().collect(Collectors.toMap(r -> r.get("montant"), r -> r));
		CSVRecord single = byAmount.get("2500.00");
		assertThat(single.get("conditionsVersement")).isEqualTo("unique");
		assertThat(single.get("datesPeriodeVersement")).isEqualTo(DossierSteps.today().toString());
		assertThat(single.get("idBeneficiaire"))
			.isEqualTo(steps.dossier("finance", paidOnce).get("organisation").get("siret").asText());
		assertThat(single.get("idAttribuant")).isEqualTo("12345678200002");
		CSVRecord staggered = byAmount.get("15000.00");
		assertThat(staggered.get("conditionsVersement")).isEqualTo("échelonné");
		assertThat(staggered.get("datesPeriodeVersement")).startsWith(year + "-07-01/");
		assertThat(staggered.get("dateConvention")).isEqualTo(year + "-07-01");
		assertThat(staggered.get("objet")).startsWith("Dynamique Location ESS : Location de bureaux").endsWith("…");
		assertThat(staggered.get("objet").codePointCount(0, staggered.get("objet").length())).isEqualTo(256);
		assertThat(staggered.get("notificationUE")).isEqualTo("non");

		Api.Response empty = api.as("finance").get("/api/finance/open-data/subventions.csv?year=2099").ok();
		assertThat(TableSchemaValidator.of(SCDL_SCHEMA).validate(empty.body())).isEmpty();
		assertThat(csv(empty.text(), ',')).isEmpty();
		api.as("officer").get("/api/finance/open-data/subventions.csv?year=" + year).expect(403);
	}

	@Test
	void theIntegrityCheckFindsEveryFigureEqualToTheSumOfItsEntries() {
		int year = TestYears.unusedFor(LOCATION);
		openEnvelope(LOCATION, year, "4000.00");
		grantedAndPaid(year, "1000.00", "400.00");

		JsonNode report = api.as("admin").get("/api/finance/ledger/integrity").expect(200);

		assertThat(report.get("problems")).isEmpty();
		assertThat(report.get("consistent").asBoolean()).isTrue();
		assertThat(report.get("grants").asInt()).isEqualTo(report.get("engagements").asInt()).isPositive();
		assertThat(report.get("envelopes")).allSatisfy(check -> {
			assertThat(check.get("balanced").asBoolean()).isTrue();
			assertThat(check.get("entries").asLong()).isEqualTo(check.get("lastNumber").asLong());
		});
	}

	/** A Location dossier granted by a session of 12 March of the year, then paid once. */
	private String grantedAndPaid(int year, String granted, String paid) {
		return grantedAndPaid(year, granted, paid, 36);
	}

	/** With a lease of 12 months, the whole grant is one instalment. */
	private String grantedAndPaid(int year, String granted, String paid, int leaseMonths) {
		String applicant = steps.newApplicant().username();
		Map<String, Object> data = DossierSteps.projectData(LOCATION);
		data.put("leaseDurationMonths", leaseMonths);
		String dossier = steps.awaitingCommittee(applicant, data, new BigDecimal(granted));
		String session = steps.sessionOn(LocalDate.of(year, 3, 12), "Bureau de mars");
		steps.putOnAgenda(session, dossier);
		steps.decideAndClose(session, dossier, "GRANTED", new BigDecimal(granted), null).expect(200);
		String receipts = steps.uploadProof(applicant, dossier, "RENT_RECEIPTS");
		String request = steps.requestPayment(applicant, dossier, "ANNUAL_INSTALMENT", new BigDecimal(paid),
				new BigDecimal("15000.00"), List.of(receipts)).expect(201).get("id").asText();
		steps.approve(request, new BigDecimal(paid)).expect(200);
		return dossier;
	}

	private String openEnvelope(String scheme, int year, String allocated) {
		return api.as("finance")
			.post("/api/envelopes", Map.of("scheme", scheme, "year", year, "allocated", new BigDecimal(allocated)))
			.expect(201)
			.get("id")
			.asText();
	}

	/** The lines with a SIRET each, under the header; SIRETs are numbered from {@code firstSiret}. */
	private static byte[] historyFile(List<String> lines, int firstSiret) {
		StringBuilder file = new StringBuilder(HEADER).append('\n');
		for (int i = 0; i < lines.size(); i++) {
			file.append(lines.get(i).formatted(DossierSteps.siret(900_000 + firstSiret + i))).append('\n');
		}
		return file.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static JsonNode schemeTotal(JsonNode summary, String scheme) {
		for (JsonNode total : summary.get("schemeTotals")) {
			if (total.get("scheme").asText().equals(scheme)) {
				return total;
			}
		}
		throw new AssertionError("No total for " + scheme);
	}

	private static JsonNode row(JsonNode summary, String scheme, int year) {
		for (JsonNode row : summary.get("rows")) {
			if (row.get("scheme").asText().equals(scheme) && row.get("year").asInt() == year) {
				return row;
			}
		}
		throw new AssertionError("No row for " + scheme + " " + year);
	}

	private static JsonNode scheme(JsonNode forecast, String scheme) {
		for (JsonNode forecastOfScheme : forecast.get("schemes")) {
			if (forecastOfScheme.get("scheme").asText().equals(scheme)) {
				return forecastOfScheme;
			}
		}
		throw new AssertionError("No forecast for " + scheme);
	}

	private static List<CSVRecord> csv(String text, char delimiter) {
		try {
			return CSVFormat.RFC4180.builder()
				.setDelimiter(delimiter)
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new StringReader(text))
				.getRecords();
		}
		catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	private static List<Row> xlsx(Api.Response response) {
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml");
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
			return workbook.getFirstSheet().read();
		}
		catch (IOException e) {
			throw new AssertionError(e);
		}
	}

}
