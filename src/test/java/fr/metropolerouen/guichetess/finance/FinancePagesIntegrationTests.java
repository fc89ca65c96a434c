package fr.metropolerouen.guichetess.finance;

import static fr.metropolerouen.guichetess.support.DossierSteps.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.Browser;
import fr.metropolerouen.guichetess.support.BrowserTest;
import fr.metropolerouen.guichetess.support.DossierSteps;
import fr.metropolerouen.guichetess.support.TestYears;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The finance pages in a real browser: the envelopes with the API's figures and their charts drawn, the payment queue
 * where finance issues a payment order and records its payment, the ledger with its export, the forecast.
 */
@BrowserTest
class FinancePagesIntegrationTests extends ApiIntegrationTest {

	Browser browser;

	@BeforeEach
	void openBrowser() {
		browser = Browser.open(port);
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void financeSeesTheEnvelopesWithTheApisFiguresAndTheirChartsDrawn() {
		int year = DossierSteps.today().getYear();
		JsonNode envelope = steps.envelope(LOCATION, year);
		String id = envelope.get("id").asText();

		browser.logIn("finance", "finance");
		browser.awaitText("Enveloppes budgétaires");
		browser.visit("/finances?year=" + year);
		assertThat(browser.heading()).isEqualTo("Enveloppes budgétaires");
		assertThat(browser.text()).contains("Dynamique Location ESS – exercice " + year);
		WebElement section = browser.driver().findElement(By.xpath("//section[h2[@id='envelope-" + id + "']]"));
		for (String figure : List.of("allocated", "engaged", "paid", "available")) {
			String shown = section.findElement(By.cssSelector("[data-figure='" + figure + "']")).getText();
			assertThat(plain(shown)).as(figure).isEqualTo(plain(euros(envelope.get(figure).decimalValue())));
		}

		WebElement canvas = browser.driver().findElement(By.id("chart-" + id));
		new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
			.until(driver -> "true".equals(canvas.getAttribute("data-drawn")));
		JavascriptExecutor js = (JavascriptExecutor) browser.driver();
		assertThat(js.executeScript("return Chart.getChart(arguments[0]) != null", canvas)).isEqualTo(true);
		Object series = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
				+ "fetch(arguments[0].dataset.seriesUrl).then(r => r.json()).then(s => done(s.points));", canvas);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> points = (List<Map<String, Object>>) series;
		assertThat(points).isNotEmpty();
		assertThat(js.executeScript("return Chart.getChart(arguments[0]).data.labels.length", canvas))
			.isEqualTo((long) points.size());
		Map<String, Object> last = points.get(points.size() - 1);
		assertThat(new BigDecimal(String.valueOf(last.get("allocated"))))
			.isEqualByComparingTo(envelope.get("allocated").decimalValue());
		assertThat(new BigDecimal(String.valueOf(last.get("available"))))
			.isEqualByComparingTo(envelope.get("available").decimalValue());
		assertThat(new BigDecimal(String.valueOf(last.get("paid"))))
			.isEqualByComparingTo(envelope.get("paid").decimalValue());
		browser.check("finance-envelopes");
	}

	@Test
	void financeIssuesThePaymentOrderThenRecordsThePaymentFromTheQueue() {
		String applicant = steps.newApplicant().username();
		String dossier = steps.granted(applicant, DossierSteps.projectData(LOCATION), new BigDecimal("1200.00"));
		String reference = steps.dossier("officer", dossier).get("reference").asText();
		String receipts = steps.uploadProof(applicant, dossier, "RENT_RECEIPTS");
		Map<String, Object> claim = new HashMap<>();
		claim.put("kind", "ANNUAL_INSTALMENT");
		claim.put("amount", new BigDecimal("600.00"));
		claim.put("justifiedExpenses", new BigDecimal("15000.00"));
		claim.put("proofDocumentIds", List.of(receipts));
		claim.put("leaseYear", 1);
		String request = api.as(applicant).post("/api/dossiers/" + dossier + "/payment-requests", claim)
			.expect(201).get("id").asText();
		steps.liquidate(request);

		browser.logIn("finance", "finance");
		browser.awaitText("Enveloppes budgétaires");
		browser.visit("/finances/versements");
		assertThat(browser.heading()).isEqualTo("Versements à traiter");
		assertThat(browser.text()).contains(reference);
		browser.check("finance-payments");

		browser.follow(reference);
		browser.awaitText("Versement du dossier " + reference);
		assertThat(browser.heading()).isEqualTo("Versement du dossier " + reference);
		assertThat(plain(browser.text())).contains("600,00€");
		browser.check("finance-payment-order");
		browser.press("Émettre le mandat de paiement");
		browser.awaitText("Le mandat de paiement est émis.");
		assertThat(browser.text()).contains(reference + "-V1");
		assertThat(browser.text().toLowerCase()).contains("mandatée, en attente du paiement");

		browser.fillIn("Date du paiement", "31/12/2999").fillIn("Référence du paiement", "");
		browser.press("Enregistrer le paiement");
		browser.awaitText("Le formulaire contient des erreurs");
		assertThat(browser.text()).contains("Le formulaire contient des erreurs");
		assertThat(browser.driver().findElement(By.id("paymentReference-error")).getText()).isEqualTo("est obligatoire");
		assertThat(browser.field("Date du paiement").getAttribute("value")).as("kept").isEqualTo("31/12/2999");
		browser.check("finance-payment-record-errors");

		browser.fillIn("Référence du paiement", "VIR-FUTUR");
		browser.press("Enregistrer le paiement");
		browser.awaitText("ne peut pas être dans le futur");
		assertThat(browser.driver().findElement(By.id("paidOn-error")).getText())
			.as("the service's refusal, next to the field")
			.isEqualTo("ne peut pas être dans le futur");

		browser.fillIn("Date du paiement", DossierSteps.today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
			.fillIn("Référence du paiement", "VIR-WEB-" + request.substring(0, 8));
		browser.press("Enregistrer le paiement");
		browser.awaitText("Le paiement est enregistré.");
		assertThat(browser.text()).contains("VIR-WEB-" + request.substring(0, 8));
		assertThat(browser.text().toLowerCase()).contains("payée");
		JsonNode paid = api.as("finance").get("/api/payment-requests/" + request).expect(200);
		assertThat(paid.get("status").asText()).isEqualTo("PAID");
		assertThat(api.as("finance").get("/api/finance/dossiers/" + dossier).expect(200).get("paid").decimalValue())
			.isEqualByComparingTo("600.00");

		browser.visit("/finances/versements");
		assertThat(browser.driver().findElements(By.linkText(reference))).as("no longer in the queue").isEmpty();
	}

	@Test
	void financeReadsTheLedgerDownloadsItsCsvAndReadsTheForecast() {
		int year = DossierSteps.today().getYear();
		browser.logIn("finance", "finance");
		browser.awaitText("Enveloppes budgétaires");
		browser.visit("/finances/grand-livre?scheme=LOCATION_ESS&year=" + year);
		assertThat(browser.heading()).isEqualTo("Grand livre");
		assertThat(browser.text()).contains("Ouverture de crédits");
		browser.check("finance-ledger");

		WebElement csv = browser.driver().findElement(By.linkText("Exporter en CSV"));
		assertThat(csv.getAttribute("href")).contains("/finances/grand-livre.csv?scheme=LOCATION_ESS&year=" + year);
		Object download = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
				"var done = arguments[arguments.length - 1];"
						+ "fetch(arguments[0]).then(r => r.text().then(t => done([r.status, r.headers.get('Content-Type'),"
						+ " r.headers.get('Content-Disposition'), t])));",
				csv.getAttribute("href"));
		List<?> answer = (List<?>) download;
		assertThat(answer.get(0)).isEqualTo(200L);
		assertThat(String.valueOf(answer.get(1))).startsWith("text/csv");
		assertThat(String.valueOf(answer.get(2))).contains("attachment");
		String api = this.api.as("finance").get("/api/finance/ledger.csv?scheme=LOCATION_ESS&year=" + year).ok().text();
		assertThat(answer.get(3)).as("the same file as the API's").isEqualTo(api);

		browser.visit("/finances/previsions?year=" + year);
		assertThat(browser.heading()).isEqualTo("Prévisions et bilan annuel");
		assertThat(browser.text()).contains("Prévision " + year, "Bilan annuel " + year, "Dynamique Location ESS");
		assertThat(browser.driver().findElement(By.linkText("Exporter le bilan en CSV")).getAttribute("href"))
			.endsWith("/finances/bilan.csv?year=" + year);
		browser.check("finance-forecast");
	}

	@Test
	void financeOpensAnEnvelopeAndAmendsItsCreditsWithFrenchRefusals() {
		int year = TestYears.unusedFor(LOCATION);
		browser.logIn("finance", "finance");
		browser.awaitText("Enveloppes budgétaires");
		browser.follow("Ouvrir une enveloppe");
		browser.awaitText("Crédits alloués (€)");
		browser.choose("Dispositif", "Dynamique Location ESS")
			.fillIn("Exercice", String.valueOf(year))
			.fillIn("Crédits alloués (€)", "douze mille")
			.fillIn("Référence de la délibération", "DEL-" + year + "-01");
		browser.press("Ouvrir l'enveloppe");
		browser.awaitText("Le formulaire contient des erreurs");
		assertThat(browser.driver().findElement(By.id("allocated-error")).getText())
			.startsWith("n'est pas un montant");
		assertThat(browser.field("Exercice").getAttribute("value")).isEqualTo(String.valueOf(year));
		browser.check("finance-envelope-open");

		browser.fillIn("Crédits alloués (€)", "12 500,50");
		browser.press("Ouvrir l'enveloppe");
		browser.awaitText("L'enveloppe est ouverte.");
		JsonNode opened = steps.envelope(LOCATION, year);
		assertThat(opened.get("allocated").decimalValue()).isEqualByComparingTo("12500.50");
		assertThat(plain(browser.text())).contains("DynamiqueLocationESS–exercice" + year, "12500,50€");

		browser.visit("/finances/enveloppes/" + opened.get("id").asText() + "/credits");
		browser.tick("Diminuer les crédits")
			.fillIn("Montant (€)", "20000")
			.fillIn("Référence de la délibération", "DM-" + year + "-01")
			.fillIn("Motif", "Ajustement");
		browser.press("Enregistrer la décision modificative");
		browser.awaitText("ne peut pas être diminuée");
		browser.check("finance-envelope-amend");

		browser.tick("Augmenter les crédits").fillIn("Montant (€)", "1 000");
		browser.press("Enregistrer la décision modificative");
		browser.awaitText("La décision modificative est enregistrée.");
		assertThat(steps.envelope(LOCATION, year).get("allocated").decimalValue()).isEqualByComparingTo("13500.50");
	}

	private static String euros(BigDecimal amount) {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols();
		symbols.setGroupingSeparator(' ');
		symbols.setDecimalSeparator(',');
		return new DecimalFormat("#,##0.00", symbols).format(amount) + " €";
	}

	/** Without any kind of space, so that thin and no-break spaces compare equal. */
	private static String plain(String text) {
		return text.replaceAll("[\\s\\u00a0\\u202f]", "");
	}

}
