package fr.metropolerouen.guichetess.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.Browser;
import fr.metropolerouen.guichetess.support.BrowserTest;
import fr.metropolerouen.guichetess.support.DossierSteps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static fr.metropolerouen.guichetess.support.DossierSteps.IMMOBILIER;
import static fr.metropolerouen.guichetess.support.DossierSteps.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officer's pages in a real browser: the inbox and its filters, the dossiers and their search, the dossier page
 * with the request for missing documents, the completeness, the review and the process diagram, and the
 * liquidation of a payment request. Data is set up through the API.
 */
@BrowserTest
class OfficerPagesIntegrationTests extends ApiIntegrationTest {

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
	void theOfficerFindsASubmittedDossierInTheInboxAndAsksForAMissingDocument() {
		String applicant = steps.newApplicant().username();
		JsonNode submitted = steps.submitted(applicant, DossierSteps.projectData(IMMOBILIER));
		String id = submitted.get("id").asText();
		String reference = submitted.get("reference").asText();
		steps.awaitTask("officer", id, "COMPLETENESS_CHECK");
		JsonNode missingType = requiredDocument(IMMOBILIER, 0);

		logInAsOfficer();
		browser.visit("/instruction/dossiers/" + java.util.UUID.randomUUID());
		assertThat(browser.heading()).isEqualTo("Page introuvable");
		browser.visit("/instruction");
		assertThat(browser.heading()).isEqualTo("Mes tâches");
		browser.check("officer-inbox");
		browser.choose("Étape", "Instruire le dossier").press("Filtrer");
		awaitPath("step=REVIEW");
		assertThat(browser.text()).doesNotContain(reference);
		browser.choose("Dispositif", "Dynamique Immobilier ESS")
			.choose("Étape", "Vérifier la complétude")
			.choose("Rejet implicite", "dans 30 jours ou moins")
			.press("Filtrer");
		awaitPath("deadline=30");
		assertThat(browser.text()).as("submitted today: two months left").doesNotContain(reference);
		browser.choose("Rejet implicite", "Tous").press("Filtrer");
		browser.awaitText(reference);
		assertThat(browser.text()).contains("Vérifier la complétude");
		browser.check("officer-inbox-filtered");

		browser.visit("/instruction/dossiers");
		browser.fillIn("Référence, structure ou projet", reference).press("Filtrer");
		awaitPath("q=");
		assertThat(browser.text()).contains(reference, "Achat et rénovation d'un atelier de réemploi", "Déposé");
		browser.check("officer-dossiers");
		browser.follow(reference);
		browser.awaitText("Complétude du dossier");

		assertThat(browser.heading()).isEqualTo("Dossier " + reference);
		assertThat(browser.text()).contains("Complétude du dossier", "Rejet implicite le");
		assertThat(List.of("Effectif salarié de la structure", "Emplois créés par le projet",
				"Emplois maintenus par le projet")).as("the jobs declared by DossierSteps.projectData")
			.map(term -> browser.driver()
				.findElement(By.xpath("//dt[normalize-space(.)='" + term + "']/following-sibling::dd[1]"))
				.getText())
			.containsExactly("5", "2", "3");
		browser.check("officer-dossier");
		String document = browser.driver().findElement(By.cssSelector("a[href*='/pieces/']")).getAttribute("href");
		assertThat(head(document)).as("a document downloads as the API serves it")
			.startsWith("200|application/pdf|attachment;").contains("nosniff");
		steps.awaitLetter("officer", id, "ACKNOWLEDGEMENT_OF_RECEIPT");
		browser.visit("/instruction/dossiers/" + id);
		String letter = browser.driver().findElement(By.cssSelector("a[href*='/courriers/']")).getAttribute("href");
		assertThat(head(letter)).startsWith("200|application/pdf|attachment;");

		browser.fillIn("Message au porteur de projet", "Le document transmis est illisible.")
			.press("Demander les pièces manquantes");
		browser.awaitText("cochez au moins une pièce manquante");
		assertThat(browser.field("Message au porteur de projet").getAttribute("value"))
			.isEqualTo("Le document transmis est illisible.");
		browser.check("officer-dossier-missing-errors");

		browser.tick(missingType.get("label").asText()).press("Demander les pièces manquantes");
		browser.awaitText("La demande de pièces est envoyée au porteur de projet.");
		JsonNode dossier = steps.dossier("officer", id);
		assertThat(dossier.get("status").asText()).isEqualTo("AWAITING_DOCUMENTS");
		assertThat(dossier.get("missingDocuments").get("documentTypes").get(0).asText())
			.isEqualTo(missingType.get("code").asText());
		assertThat(dossier.get("missingDocuments").get("message").asText())
			.isEqualTo("Le document transmis est illisible.");
	}

	@Test
	void theOfficerDeclaresADossierCompleteReviewsItAndSeesItsCurrentStepOnTheDiagram() {
		String applicant = steps.newApplicant().username();
		JsonNode submitted = steps.submitted(applicant, DossierSteps.projectData(IMMOBILIER));
		String id = submitted.get("id").asText();
		steps.awaitTask("officer", id, "COMPLETENESS_CHECK");

		logInAsOfficer();
		browser.visit("/instruction/dossiers/" + id);
		browser.press("Dossier complet");
		browser.awaitText("Le dossier est déclaré complet");
		steps.awaitTask("officer", id, "REVIEW");
		browser.reloadUntil("Proposition au Bureau");
		assertThat(text()).containsIgnoringCase("Éligible").contains("45 000,00 €");
		browser.check("officer-review");

		browser.fillIn("Montant proposé (€)", "cinq mille")
			.fillIn("Avis de l'instructeur", "Projet solide, ancrage local avéré.")
			.press("Terminer l'instruction");
		browser.awaitText("doit être un montant en euros, par exemple 12 500,00");
		assertThat(browser.field("Montant proposé (€)").getAttribute("aria-describedby")).contains("proposedAmount-error");
		assertThat(browser.field("Avis de l'instructeur").getAttribute("value"))
			.isEqualTo("Projet solide, ancrage local avéré.");
		browser.check("officer-review-errors");

		browser.fillIn("Montant proposé (€)", "50 000,00").press("Terminer l'instruction");
		browser.awaitText("est obligatoire pour proposer plus que le montant suggéré");
		assertThat(browser.field("Montant proposé (€)").getAttribute("value")).isEqualTo("50 000,00");

		browser.fillIn("Montant proposé (€)", "5 000,00").press("Terminer l'instruction");
		browser.awaitText("L'instruction est terminée");
		JsonNode dossier = steps.dossier("officer", id);
		assertThat(dossier.get("status").asText()).isEqualTo("AWAITING_COMMITTEE");
		assertThat(dossier.get("proposedAmount").decimalValue()).isEqualByComparingTo("5000.00");
		assertThat(dossier.get("opinion").asText()).isEqualTo("Projet solide, ancrage local avéré.");

		browser.reloadUntil("Statuer en Bureau métropolitain");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".diagram svg .current-step")));
		assertThat(browser.text()).contains("Étape en cours : Statuer en Bureau métropolitain",
				"Aperçu du courrier d'attribution (PDF)");
		browser.check("officer-dossier-diagram");
	}

	@Test
	void theOfficerLiftsAnIneligibleVerdictWithAJustification() {
		String applicant = steps.newApplicant().username();
		Map<String, Object> outsideMetropole = DossierSteps.projectData(IMMOBILIER);
		outsideMetropole.put("communeInseeCode", "76351");
		String id = steps.submitted(applicant, outsideMetropole).get("id").asText();
		steps.declareComplete(id);
		steps.awaitTask("officer", id, "ELIGIBILITY_CONFIRMATION");

		logInAsOfficer();
		browser.visit("/instruction/dossiers/" + id);
		browser.awaitText("Statuer sur l'inéligibilité");
		assertThat(text()).containsIgnoringCase("Non rempli").contains("Territoire de la Métropole");
		browser.check("officer-eligibility");

		browser.tick("Lever l'inéligibilité").press("Enregistrer la décision sur l'éligibilité");
		browser.awaitText("est obligatoire pour lever l'inéligibilité");
		browser.check("officer-eligibility-errors");

		browser.tick("Lever l'inéligibilité")
			.fillIn("Justification", "Siège à Rouen : le local du Havre n'est qu'une antenne, exception admise.")
			.press("Enregistrer la décision sur l'éligibilité");
		browser.awaitText("La décision sur l'éligibilité est enregistrée.");
		steps.awaitTask("officer", id, "REVIEW");
		assertThat(steps.dossier("officer", id).at("/eligibility/officerDecision/confirmedIneligible").asBoolean())
			.isFalse();
	}

	@Test
	void theOfficerCertifiesTheServiceDoneOnAPaymentRequest() {
		String applicant = steps.newApplicant().username();
		String dossier = steps.granted(applicant, DossierSteps.projectData(LOCATION), new BigDecimal("1200.00"));
		String receipts = steps.uploadProof(applicant, dossier, "RENT_RECEIPTS");
		String request = steps.requestPayment(applicant, dossier, "ANNUAL_INSTALMENT", new BigDecimal("400.00"),
				new BigDecimal("15000.00"), List.of(receipts)).expect(201).get("id").asText();
		steps.awaitTask("officer", dossier, "SERVICE_DONE_CERTIFICATION");

		logInAsOfficer();
		browser.visit("/instruction?step=SERVICE_DONE_CERTIFICATION");
		assertThat(browser.driver().findElements(By.cssSelector("a[href$='/instruction/versements/" + request + "']")))
			.as("the inbox row leads to the liquidation page")
			.isNotEmpty();
		browser.visit("/instruction/dossiers/" + dossier);
		browser.follow("Liquider la demande de versement n° 1");
		browser.awaitText("Justificatifs");

		assertThat(browser.heading()).isEqualTo("Demande de versement n° 1");
		assertThat(text()).contains("Versement annuel", "400,00 €", "Télécharger Quittances")
			.containsIgnoringCase("En attente de liquidation");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".diagram svg .current-step")));
		browser.awaitText("Étape en cours : Certifier le service fait et liquider");
		browser.check("officer-liquidation");

		browser.fillIn("Mois occupés", "13").fillIn("Note", "Quittances vérifiées.")
			.press("Certifier le service fait et liquider");
		browser.awaitText("doit être un nombre de mois entre 0 et 12");
		assertThat(browser.field("Note").getAttribute("value")).isEqualTo("Quittances vérifiées.");
		browser.check("officer-liquidation-errors");

		browser.fillIn("Mois occupés", "12").press("Certifier le service fait et liquider");
		browser.awaitText("Le service fait est certifié");
		JsonNode liquidated = api.as("officer").get("/api/payment-requests/" + request).expect(200);
		assertThat(liquidated.get("status").asText()).isEqualTo("LIQUIDATED");
		assertThat(liquidated.get("liquidatedAmount").decimalValue()).isEqualByComparingTo("400.00");
		assertThat(browser.text()).contains("Cette demande n'attend plus la liquidation.");
	}

	/** Logs in and waits for the officer's inbox, so that the next visit does not race the login's redirects. */
	private void logInAsOfficer() {
		browser.logIn("officer", "officer");
		browser.awaitText("Connecté(e) : officer");
	}


	/** Waits until the browser is on a URL that contains this text (a GET form's answer). */
	private void awaitPath(String part) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver -> browser.path().contains(part));
		browser.awaitText("Tous les dossiers");
	}

	/** Status, type, disposition and nosniff header of a download, fetched by the page with its session. */
	private String head(String url) {
		return (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				fetch(arguments[0], { credentials: 'same-origin' }).then(function (r) {
				  done(r.status + '|' + r.headers.get('Content-Type') + '|' + r.headers.get('Content-Disposition')
				    + '|' + r.headers.get('X-Content-Type-Options'));
				}, function (e) { done('error ' + e); });""", url);
	}

	/** The page's text with plain spaces: amounts are written with (narrow) no-break spaces. */
	private String text() {
		return browser.text().replace('\u00A0', ' ').replace('\u202F', ' ');
	}

	/** The scheme's n-th required document: {code, label}. */
	private JsonNode requiredDocument(String scheme, int index) {
		for (JsonNode s : api.anonymous().get("/api/schemes").expect(200)) {
			if (s.get("code").asText().equals(scheme)) {
				return s.get("requiredDocuments").get(index);
			}
		}
		throw new AssertionError("No scheme " + scheme);
	}

}
