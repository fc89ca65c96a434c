package fr.metropolerouen.guichetess.applicant;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import fr.metropolerouen.guichetess.support.Api;
import fr.metropolerouen.guichetess.support.Browser;
import fr.metropolerouen.guichetess.support.BrowserTest;
import fr.metropolerouen.guichetess.support.DossierSteps;
import fr.metropolerouen.guichetess.support.IntegrationTest;
import fr.metropolerouen.guichetess.support.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The applicant's pages in a real browser: sign-up, the draft wizard, documents, submission, letters, payments. */
@BrowserTest
@IntegrationTest
class ApplicantPagesIntegrationTests {

	private static final AtomicInteger SIGN_UPS = new AtomicInteger();

	@LocalServerPort
	int port;

	@TempDir
	Path files;

	Browser browser;

	DossierSteps steps;

	@BeforeEach
	void openBrowser() {
		browser = Browser.open(port);
		steps = new DossierSteps(new Api(port));
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void anOrganisationSignsUpAppliesToLocationSubmitsAndDownloadsItsAcknowledgement() throws Exception {
		int number = 9000 + SIGN_UPS.incrementAndGet() + (int) (System.nanoTime() % 500);
		String username = "web-porteur-" + number;
		browser.visit("/inscription");
		browser.fillIn("Numéro SIRET", "12345678901234")
			.fillIn("Nom de la structure", "Coopérative du Web " + number)
			.fillIn("Catégorie juridique", "9220")
			.fillIn("Adresse", "1 place du Vieux-Marché, 76000 Rouen")
			.fillIn("Code commune INSEE", "76540")
			.fillIn("Nombre de salariés", "4")
			.fillIn("Identifiant", username)
			.fillIn("Adresse électronique", username + "@guichet-ess.example")
			.fillIn("Mot de passe", "un mot de passe solide")
			.press("Créer le compte")
			;
		await("Le formulaire contient des erreurs");
		assertThat(browser.path()).startsWith("/inscription");
		assertThat(errorNextTo("siret")).contains("n'est pas un numéro SIRET valide");
		assertThat(browser.field("Nom de la structure").getAttribute("value")).isEqualTo("Coopérative du Web " + number);
		assertThat(browser.field("Identifiant").getAttribute("value")).isEqualTo(username);
		browser.check("applicant-signup");

		browser.fillIn("Numéro SIRET", DossierSteps.siret(700000 + number))
			.fillIn("Mot de passe", "un mot de passe solide")
			.press("Créer le compte")
			;
		await("Le compte de votre structure est créé");
		assertThat(browser.path()).startsWith("/connexion");
		assertThat(browser.text()).contains("Le compte de votre structure est créé");

		browser.logIn(username, "un mot de passe solide");
		await("Connecté(e) : " + username);
		assertThat(browser.path()).isEqualTo("/espace");
		assertThat(browser.heading()).isEqualTo("Mes dossiers");
		browser.check("applicant-dossiers");
		browser.visit("/espace/dossiers/nouveau?dispositif=IMMOBILIER_ESS");
		assertThat(browser.text()).contains("Nature de l'opération").contains("Dépenses éligibles hors taxes");
		browser.visit("/espace");
		browser.follow("Nouvelle demande Dynamique Location ESS");
		await("Nouvelle demande – Dynamique Location ESS");
		assertThat(browser.heading()).contains("Dynamique Location ESS");
		assertThat(browser.field("Effectif salarié de la structure").getAttribute("value"))
			.as("the employees declared at sign-up are proposed").isEqualTo("4");

		browser.fillIn("Intitulé du projet", "Bureaux de la coopérative")
			.fillIn("Code commune INSEE", "76231")
			.fillIn("Montant demandé", "abc")
			.press("Enregistrer le brouillon")
			;
		await("Le formulaire contient des erreurs");
		assertThat(errorNextTo("requestedAmount")).contains("doit être un nombre");
		assertThat(browser.field("Intitulé du projet").getAttribute("value")).isEqualTo("Bureaux de la coopérative");

		String inAMonth = DossierSteps.today().plusMonths(1).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		String inTwoWeeks = DossierSteps.today().plusDays(15).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		browser.fillIn("Montant demandé", "2 000,00")
			.fillIn("Loyer mensuel hors charges", "1 250")
			.fillIn("Surface louée (m²)", "95,5")
			.choose("Type de bail", "Bail commercial de bureaux")
			.fillIn("Date de signature du bail", inTwoWeeks)
			.fillIn("Date de prise d'effet du bail", inAMonth)
			.fillIn("Durée du bail (mois)", "36")
			.tick("Oui")
			.fillIn("Produits d'exploitation du dernier exercice (hors subventions)", "180 000")
			.fillIn("Charges d'exploitation du dernier exercice", "200000.00")
			.fillIn("Emplois créés par le projet", "1")
			.press("Enregistrer le brouillon");
		await("Le brouillon est enregistré.");
		assertThat(browser.path()).endsWith("/modifier");
		assertThat(browser.field("Loyer mensuel hors charges").getAttribute("value")).isEqualTo("1250");
		assertThat(browser.field("Emplois créés par le projet").getAttribute("value")).isEqualTo("1");
		assertThat(browser.field("Emplois maintenus par le projet").getAttribute("value")).isEmpty();
		browser.check("applicant-wizard");
		String dossierId = browser.path().split("/")[3];

		browser.press("Enregistrer et passer aux pièces");
		await("Pièces attendues");
		assertThat(browser.heading()).isEqualTo("Pièces justificatives");
		assertThat(browser.text()).contains("Bail commercial signé ou projet de bail").containsIgnoringCase("À fournir");
		Path pdf = Files.write(files.resolve("piece.pdf"), TestFiles.pdf());
		Path notAPdf = Files.writeString(files.resolve("notes.txt"), "pas un PDF");
		browser.attach("Statuts de la structure", notAPdf).press("Joindre les pièces");
		await("Pièce refusée");
		assertThat(browser.text()).contains("Pièce refusée").contains("doit être un fichier PDF, JPEG ou PNG");
		for (String label : List.of("Lettre de demande datée et signée", "Statuts de la structure",
				"Extrait Kbis ou récépissé de déclaration au RNA",
				"Justificatif d'appartenance à l'ESS (statuts, agrément ESUS)", "Bail commercial signé ou projet de bail",
				"Plan de financement", "Déclaration des aides de minimis reçues sur trois ans",
				"Attestation de régularité fiscale et sociale", "Comptes du dernier exercice",
				"État des effectifs salariés", "Relevé d'identité bancaire")) {
			browser.attach(label, pdf);
		}
		browser.press("Joindre les pièces");
		await("Les pièces sont jointes au dossier.");
		assertThat(browser.text()).doesNotContainIgnoringCase("À fournir");
		browser.check("applicant-documents");
		String documentHref = browser.driver().findElement(By.xpath("//a[normalize-space(.)='piece.pdf']"))
			.getAttribute("href");
		Browser.Download document = browser.download(documentHref);
		assertThat(document.status()).isEqualTo(200);
		assertThat(document.contentType()).isEqualTo("application/pdf");
		assertThat(document.disposition()).contains("attachment").contains("piece.pdf");

		browser.press("Déposer le dossier");
		await("Votre dossier est déposé");
		assertThat(browser.heading()).startsWith("Dossier DLE-");
		assertThat(browser.text()).contains("Référence attribuée");
		browser.reloadUntil("Accusé de réception");
		assertThat(browser.driver()
			.findElement(By.xpath("//dt[normalize-space(.)='Effectif salarié de la structure']/following-sibling::dd[1]"))
			.getText()).isEqualTo("4");
		browser.check("applicant-dossier");
		WebElement letter = browser.driver().findElement(By.partialLinkText("Accusé de réception"));
		String letterHref = letter.getAttribute("href");
		Browser.Download acknowledgement = browser.download(letterHref);
		assertThat(acknowledgement.status()).isEqualTo(200);
		assertThat(acknowledgement.contentType()).isEqualTo("application/pdf");
		assertThat(new String(acknowledgement.body(), 0, 5)).isEqualTo("%PDF-");

		browser.visit("/espace");
		assertThat(browser.text()).contains("Bureaux de la coopérative");
		browser.visit("/espace/structure");
		assertThat(browser.text()).contains("Coopérative du Web " + number).contains(username);
		browser.check("applicant-organisation");

		browser.logOut();
		await("Vous êtes déconnecté(e).");
		browser.logIn("applicant-b", "applicant-b");
		await("Connecté(e) : applicant-b");
		for (String other : List.of("/espace/dossiers/" + dossierId, "/espace/dossiers/" + dossierId + "/pieces",
				"/espace/dossiers/" + dossierId + "/modifier", "/espace/dossiers/" + dossierId + "/versements",
				path(documentHref), path(letterHref))) {
			browser.visit(other);
			assertThat(browser.heading()).as(other).isEqualTo("Page introuvable");
		}
		assertThat(browser.download(documentHref).status()).isEqualTo(404);
		assertThat(browser.download(letterHref).status()).isEqualTo(404);
	}

	@Test
	void aBeneficiaryRequestsAYearlyPaymentWithItsRentReceipts() throws Exception {
		DossierSteps.Applicant applicant = steps.newApplicant();
		String id = steps.granted(applicant.username(), DossierSteps.projectData(DossierSteps.LOCATION),
				new BigDecimal("3000.00"));
		browser.logIn(applicant.username(), Api.passwordOf(applicant.username()));
		await("Connecté(e) : " + applicant.username());
		browser.visit("/espace/dossiers/" + id);
		assertThat(browser.text()).contains("Aide accordée");
		browser.follow("Demander un versement");
		await("Versements du dossier");
		assertThat(browser.heading()).startsWith("Versements du dossier");

		browser.fillIn("Loyers acquittés sur l'année (justifiés par les quittances)", "15 000")
			.fillIn("Montant demandé", "mille euros")
			.press("Demander le versement")
			;
		await("Le formulaire contient des erreurs");
		assertThat(errorNextTo("amount")).contains("doit être un montant");
		assertThat(browser.field("Loyers acquittés sur l'année (justifiés par les quittances)").getAttribute("value"))
			.isEqualTo("15 000");

		Path pdf = Files.write(files.resolve("quittances.pdf"), TestFiles.pdf());
		browser.attach("Quittances de loyer de l'année", pdf).press("Joindre les justificatifs");
		await("Les pièces sont jointes au dossier.");
		assertThat(browser.driver().findElement(By.cssSelector("input[name=proofDocumentIds]")).isSelected())
			.as("a proof no request has cited yet is ticked").isTrue();
		browser.fillIn("Loyers acquittés sur l'année (justifiés par les quittances)", "15 000")
			.fillIn("Montant demandé", "1 000,00");
		browser.check("applicant-payment-request");
		browser.press("Demander le versement");
		await("Votre demande de versement est enregistrée.");
		assertThat(browser.text().replace('\u202f', ' ').replace('\u00a0', ' ')).contains("Versement annuel")
			.contains("1 000,00 €");
	}

	@Test
	void theApplicantAddsTheDocumentsTheOfficerAskedForAndHandsTheDossierBack() throws Exception {
		DossierSteps.Applicant applicant = steps.newApplicant();
		String id = steps.submitted(applicant.username(), DossierSteps.projectData(DossierSteps.LOCATION))
			.get("id")
			.asText();
		steps.requestDocuments(id, List.of("STATUTES"), "Merci de joindre les statuts à jour, signés.");
		browser.logIn(applicant.username(), Api.passwordOf(applicant.username()));
		await("Connecté(e) : " + applicant.username());
		browser.visit("/espace/dossiers/" + id);
		browser.reloadUntil("Pièces demandées");
		assertThat(browser.text()).contains("Merci de joindre les statuts à jour, signés.")
			.containsIgnoringCase("En attente de pièces")
			.containsIgnoringCase("À ajouter");

		Path pdf = Files.write(files.resolve("statuts-2026.pdf"), TestFiles.pdf());
		browser.attach("Statuts de la structure", pdf).press("Joindre les pièces");
		await("Les pièces sont jointes au dossier.");
		assertThat(browser.text()).containsIgnoringCase("Ajoutée").contains("statuts-2026.pdf");
		browser.press("Transmettre les pièces");
		await("Les pièces sont transmises");
		assertThat(browser.driver().findElements(By.xpath("//button[normalize-space(.)='Transmettre les pièces']")))
			.as("no request for documents is open any more")
			.isEmpty();
		assertThat(browser.driver().findElement(By.id("statut")).getText()).isEqualToIgnoringCase("Déposé");
	}

	@Test
	void aVisitorSimulatesALocationProject() {
		browser.visit("/simulation");
		browser.check("simulator");
		browser.tick("Dynamique Location ESS").press("Choisir ce dispositif");
		await("Changer de dispositif");
		browser.fillIn("Catégorie juridique", "9220")
			.fillIn("Nombre de salariés", "5")
			.fillIn("Intitulé du projet", "Bureaux")
			.fillIn("Code commune INSEE", "76540")
			.fillIn("Montant demandé", "20000")
			.fillIn("Loyer mensuel hors charges", "1250")
			.fillIn("Surface louée (m²)", "95,5")
			.choose("Type de bail", "Bail commercial de bureaux")
			.fillIn("Date de prise d'effet du bail", "xx")
			.fillIn("Durée du bail (mois)", "36")
			.press("Simuler")
			;
		await("Le formulaire contient des erreurs");
		assertThat(errorNextTo("leaseStartDate")).contains("jj/mm/aaaa");
		browser.fillIn("Date de prise d'effet du bail",
				DossierSteps.today().plusMonths(1).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
			.press("Simuler");
		await("Résultat de la simulation");
		assertThat(browser.text()).containsAnyOf("Votre projet semble éligible.",
				"Certains critères devront être examinés", "Votre projet ne semble pas éligible.");
		browser.check("simulator");
	}

	/** Waits for a text, reading the page again when it was replaced while being read. */
	private void await(String text) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
			.until(driver -> driver.findElement(By.tagName("body")).getText().contains(text));
	}

	private String errorNextTo(String fieldId) {
		return browser.driver().findElement(By.id(fieldId + "-error")).getText();
	}

	private String path(String href) {
		return URI.create(href).getRawPath();
	}

}
