package fr.metropolerouen.guichetess.steering;

import static fr.metropolerouen.guichetess.support.DossierSteps.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.Browser;
import fr.metropolerouen.guichetess.support.BrowserTest;
import fr.metropolerouen.guichetess.support.DossierSteps;
import fr.metropolerouen.guichetess.support.WebSession;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The steering pages (pilotage) in a real browser, for the three roles that steer: the year's indicators with the
 * API's figures and their charts drawn, the step times with theirs, the dossiers near their implicit-rejection date
 * (a link to the dossier for officers), the annual report's files; the other roles are refused.
 */
@BrowserTest
class SteeringPagesIntegrationTests extends ApiIntegrationTest {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Test
	void officersFinanceAndAdminSeeTheYearsIndicatorsAndStepTimesWithTheirChartsAndDownloadTheReport() {
		int year = DossierSteps.today().getYear();
		steps.granted(steps.newApplicant().username(), DossierSteps.projectData(LOCATION), new BigDecimal("1500.00"));
		JsonNode waiting = steps.submitted(steps.newApplicant().username(), DossierSteps.projectData(LOCATION));
		String reference = waiting.get("reference").asText();
		String dossierId = waiting.get("id").asText();

		try (Browser officer = Browser.open(port); Browser finance = Browser.open(port)) {
			seesTheIndicatorsAndTheStepTimes(officer, "officer", year);
			seesTheIndicatorsAndTheStepTimes(finance, "finance", year);
			officer.visit("/pilotage?annee=" + year).check("pilotage-indicateurs");

			// ten days before the waiting dossier's implicit rejection: it is listed, with its officer's link
			ClockUtil.setCurrentTime(Date.from(DossierSteps.today()
				.plusMonths(2)
				.minusDays(10)
				.atTime(10, 0)
				.atZone(ZoneId.of("Europe/Paris"))
				.toInstant()));
			officer.visit("/pilotage/processus?annee=" + year);
			WebElement link = officer.driver().findElement(By.linkText(reference));
			assertThat(link.getAttribute("href")).endsWith("/instruction/dossiers/" + dossierId);
			WebElement row = officer.driver()
				.findElement(By.xpath("//table[@id='near']//tr[th[normalize-space(.)='" + reference + "']]"));
			assertThat(row.getText()).contains("Dynamique Location ESS", "dans 10 jours");
			officer.check("pilotage-processus");
			finance.visit("/pilotage/processus?annee=" + year);
			assertThat(finance.driver().findElement(By.id("near")).getText()).as("listed").contains(reference);
			assertThat(finance.driver().findElements(By.linkText(reference))).as("no link to the officer's page")
				.isEmpty();
		}

		try (Browser admin = Browser.open(port)) {
			seesTheIndicatorsAndTheStepTimes(admin, "admin", year);
			admin.visit("/pilotage?annee=" + year);
			Browser.Download pdf = admin.download(admin.href("Télécharger le rapport annuel (PDF)"));
			assertThat(pdf.status()).isEqualTo(200);
			assertThat(pdf.contentType()).startsWith("application/pdf");
			assertThat(pdf.disposition()).contains("attachment", "rapport-annuel-" + year + ".pdf");
			assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
			Browser.Download xlsx = admin.download(admin.href("Télécharger le rapport annuel (XLSX)"));
			assertThat(xlsx.status()).isEqualTo(200);
			assertThat(xlsx.contentType()).startsWith(XLSX);
			assertThat(xlsx.disposition()).contains("rapport-annuel-" + year + ".xlsx");
			assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII)).as("a zip archive").isEqualTo("PK");
		}
	}

	/** The indicators as the API gives them, in the tables and the charts; then the step times' charts and tables. */
	private void seesTheIndicatorsAndTheStepTimes(Browser browser, String user, int year) {
		browser.logIn(user, user);
		browser.awaitText("Pilotage");
		browser.follow("Pilotage");
		assertThat(browser.heading()).isEqualTo("Pilotage des dispositifs");
		browser.visit("/pilotage?annee=" + year);
		JsonNode api = this.api.as(user).get("/api/steering/indicators?year=" + year).expect(200);
		List<JsonNode> columns = new ArrayList<>();
		api.get("schemes").forEach(columns::add);
		columns.add(api.get("allSchemes"));

		assertThat(browser.text()).contains("Dossiers déposés en " + year);
		List<String> schemes = cells(browser, "//table[@id='dossiers']/thead/tr/th[position() > 1]");
		assertThat(schemes).containsExactlyElementsOf(columns.stream().map(c -> c.get("schemeName").asText()).toList());
		assertThat(schemes).last().isEqualTo("Tous dispositifs");
		assertThat(row(browser, "dossiers", "received")).as("dossiers received")
			.containsExactlyElementsOf(columns.stream().map(c -> c.at("/dossiers/received").asText()).toList());
		assertThat(row(browser, "dossiers", "granted")).as("aids granted")
			.containsExactlyElementsOf(columns.stream().map(c -> c.at("/dossiers/granted").asText()).toList());
		assertThat(row(browser, "amounts", "requested").stream().map(SteeringPagesIntegrationTests::plain))
			.as("amounts requested")
			.containsExactlyElementsOf(columns.stream().map(c -> euros(c.at("/amounts/requested"))).toList());
		assertThat(row(browser, "amounts", "granted").stream().map(SteeringPagesIntegrationTests::plain))
			.as("amounts granted")
			.containsExactlyElementsOf(columns.stream().map(c -> euros(c.at("/amounts/granted"))).toList());
		assertThat(row(browser, "jobs", "jobsDeclared.created")).as("jobs created, dossiers received")
			.containsExactlyElementsOf(columns.stream().map(c -> c.at("/jobsDeclared/created").asText()).toList());
		assertThat(browser.driver().findElement(By.cssSelector("[data-figure='beneficiaries']")).getText())
			.isEqualTo(api.at("/allSchemes/beneficiaries/total").asText());
		JsonNode families = api.at("/allSchemes/beneficiaries/byLegalFamily");
		assertThat(families).as("the granted dossier's organisation").isNotEmpty();
		assertThat(cells(browser, "//table[@id='families']/tbody/tr/th")).containsExactlyElementsOf(labels(families));
		assertThat(cells(browser, "//table[@id='families']/tbody/tr[1]/td[last()]"))
			.containsExactly(families.get(0).get("count").asText());
		assertThat(cells(browser, "//table[@id='communes']/tbody/tr/th"))
			.containsExactlyElementsOf(labels(api.at("/allSchemes/beneficiaries/byCommune")));

		JsonNode perYear = this.api.as(user)
			.get("/api/steering/indicators/per-year?from=" + (year - 4) + "&to=" + year)
			.expect(200);
		assertThat(drawn(browser, "chart-per-year", "labels")).isEqualTo(List.of(String.valueOf(year - 4),
				String.valueOf(year - 3), String.valueOf(year - 2), String.valueOf(year - 1), String.valueOf(year)));
		assertThat(drawn(browser, "chart-per-year", "datasets.length")).as("received and granted, per scheme")
			.isEqualTo(2L * api.get("schemes").size());
		JsonNode lastBar = perYear.get(perYear.size() - 1);
		assertThat(drawn(browser, "chart-per-year", "datasets[" + 2 * (api.get("schemes").size() - 1) + "].data[4]"))
			.as("this year's dossiers received in the last scheme")
			.isEqualTo(lastBar.get("received").asLong());
		assertThat(drawn(browser, "chart-families", "labels")).isEqualTo(labels(families));
		assertThat((List<?>) drawn(browser, "chart-communes", "labels")).isNotEmpty();

		browser.follow("Délais de la procédure");
		assertThat(browser.heading()).isEqualTo("Délais de la procédure");
		JsonNode process = this.api.as(user).get("/api/steering/process-analytics?year=" + year).expect(200);
		List<WebElement> charts = browser.driver().findElements(By.cssSelector("canvas.steps-chart"));
		assertThat(charts).as("one per scheme and all schemes").hasSize(process.get("stepTimesPerScheme").size());
		for (WebElement canvas : charts) {
			assertThat(drawn(browser, canvas.getAttribute("id"), "labels"))
				.isEqualTo(List.of("Vérification de la complétude", "Attente des pièces manquantes", "Instruction",
						"Attente de la décision du Bureau", "Versement"));
		}
		JsonNode all = process.get("stepTimesPerScheme").get(process.get("stepTimesPerScheme").size() - 1);
		assertThat(cells(browser, "//table[@id='steps-table-" + (charts.size() - 1) + "']/tbody/tr[1]/td[1]"))
			.as("completeness checks measured, all schemes")
			.containsExactly(all.at("/steps/0/samples").asText());
		assertThat(cells(browser, "//section[@id='officers']//h3")).as("the officer who reviewed the dossiers")
			.contains("officer");
		assertThat(cells(browser, "//table[@id='rework-schemes']/tbody/tr/th"))
			.containsExactlyElementsOf(labels(process.get("reworkPerScheme"), "group"));
	}

	@Test
	void applicantsAndTheCommitteeAreRefusedAndOnlyThePeopleWhoSteerHaveTheLink() {
		for (String refused : List.of("applicant-a", "committee")) {
			WebSession session = WebSession.logIn(port, refused);
			for (String page : List.of("/pilotage", "/pilotage/processus", "/pilotage/rapport-annuel.pdf")) {
				assertThat(session.get(page).statusCode()).as(refused + " on " + page).isEqualTo(403);
			}
			assertThat(session.get("/compte/mot-de-passe").body()).doesNotContain("href=\"/pilotage\"");
		}
		for (String allowed : List.of("officer", "finance", "admin")) {
			assertThat(WebSession.logIn(port, allowed).get("/compte/mot-de-passe").body()).as(allowed)
				.contains("href=\"/pilotage\"");
		}
	}

	@Test
	void aYearThatIsNoYearIsSaidInFrenchOnThePage() {
		WebSession finance = WebSession.logIn(port, "finance");

		HttpResponse<String> notANumber = finance.get("/pilotage?annee=deux-mille");
		assertThat(notANumber.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(notANumber.body()).text())
			.contains("« deux-mille » n'est pas une année valide : choisissez une année entre 2000 et 2100.")
			.doesNotContain("Dossiers déposés en");

		HttpResponse<String> tooEarly = finance.get("/pilotage/processus?annee=1999");
		assertThat(tooEarly.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(tooEarly.body()).text()).contains("« 1999 » n'est pas une année valide");

		HttpResponse<String> report = finance.get("/pilotage/rapport-annuel.pdf?annee=2101");
		assertThat(report.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(report.body()).text()).contains("« 2101 » n'est pas une année valide");
	}

	/** The texts of a row of a per-scheme table, by the figure it shows. */
	private static List<String> row(Browser browser, String table, String figure) {
		return cells(browser, "//table[@id='" + table + "']/tbody/tr[@data-row='" + figure + "']/td");
	}

	private static List<String> cells(Browser browser, String xpath) {
		return browser.driver().findElements(By.xpath(xpath)).stream().map(WebElement::getText).toList();
	}

	/** Once the chart is drawn: a property of its data (labels, datasets.length...). */
	private static Object drawn(Browser browser, String canvasId, String property) {
		WebElement canvas = browser.driver().findElement(By.id(canvasId));
		new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
			.until(driver -> "true".equals(canvas.getAttribute("data-drawn")));
		return ((JavascriptExecutor) browser.driver())
			.executeScript("return Chart.getChart(arguments[0]).data." + property, canvas);
	}

	private static List<String> labels(JsonNode shares) {
		return labels(shares, "label");
	}

	private static List<String> labels(JsonNode items, String field) {
		List<String> labels = new ArrayList<>();
		items.forEach(item -> labels.add(item.get(field).asText()));
		return labels;
	}

	private static String euros(JsonNode amount) {
		return plain(FrenchFormat.euros(amount.decimalValue()));
	}

	/** Without any kind of space, so that thin and no-break spaces compare equal. */
	private static String plain(String text) {
		return text.replaceAll("[\\s\\u00a0\\u202f]", "");
	}

}
