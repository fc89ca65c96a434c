package fr.metropolerouen.guichetess.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.Browser;
import fr.metropolerouen.guichetess.support.BrowserTest;
import fr.metropolerouen.guichetess.support.DossierSteps;
import fr.metropolerouen.guichetess.support.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole procedure through the pages only, in a real browser, each person with their own login: an organisation
 * signs up and applies to Dynamique Location ESS; the officer asks for a missing document; the applicant adds it;
 * the officer reviews; the secretary holds the Bureau's session and grants; the applicant downloads the decision
 * letter and requests a payment; the officer certifies it; finance issues the order and records the payment. Every
 * page on the way is checked by axe-core and photographed. The API is only read, at the end, to check the result.
 */
@BrowserTest
class WebScenarioIntegrationTests extends ApiIntegrationTest {

	private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final List<String> LOCATION_DOCUMENTS = List.of("Lettre de demande datée et signée",
			"Statuts de la structure", "Extrait Kbis ou récépissé de déclaration au RNA",
			"Justificatif d'appartenance à l'ESS (statuts, agrément ESUS)", "Bail commercial signé ou projet de bail",
			"Plan de financement", "Déclaration des aides de minimis reçues sur trois ans",
			"Attestation de régularité fiscale et sociale", "Comptes du dernier exercice", "État des effectifs salariés",
			"Relevé d'identité bancaire");

	@TempDir
	Path files;

	Browser browser;

	Path pdf;

	/** The applicant's page of the dossier, once created. */
	String dossierPage;

	@BeforeEach
	void openBrowser() throws IOException {
		browser = Browser.open(port);
		pdf = Files.write(files.resolve("piece.pdf"), TestFiles.pdf());
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void aLocationDossierGoesFromSignUpToPaymentThroughThePagesOnly() {
		int number = 850_000 + (int) (System.nanoTime() % 50_000);
		String applicant = "scop-ecran-" + number;
		String reference = applyToLocation(applicant, number);

		officerAsksForTheLease(reference);
		applicantSendsTheLease(applicant, dossierPage);
		officerReviews(reference);
		secretaryGrants(reference);
		applicantDownloadsTheLetterAndRequestsPayment(applicant, dossierPage);
		officerCertifiesTheServiceDone(reference);
		financePays(reference);

		JsonNode dossier = api.as("officer").get("/api/dossiers/" + dossierPage.substring(dossierPage.lastIndexOf('/')
				+ 1)).expect(200);
		assertThat(dossier.get("status").asText()).isEqualTo("GRANTED");
		assertThat(dossier.get("grantedAmount").decimalValue()).isEqualByComparingTo("1000.00");
		assertThat(dossier.get("paidAmount").decimalValue()).isEqualByComparingTo(new BigDecimal("500.00"));
		assertThat(dossier.get("timeline")).extracting(entry -> entry.get("action").asText())
			.contains("SUBMITTED", "DOCUMENTS_REQUESTED", "RESUBMITTED", "COMPLETENESS_CONFIRMED", "REVIEWED",
					"GRANTED", "MESSAGE_SENT", "PAYMENT_REQUESTED", "PAYMENT_LIQUIDATED", "PAYMENT_ORDERED",
					"PAYMENT_MADE");
	}

	private String applyToLocation(String applicant, int number) {
		browser.visit("/").check("01-accueil");
		browser.follow("Créez le compte de votre structure");
		browser.fillIn("Numéro SIRET", DossierSteps.siret(number))
			.fillIn("Nom de la structure", "SCOP L'Écran Solidaire " + number)
			.fillIn("Catégorie juridique", "5458")
			.fillIn("Adresse", "12 rue Jeanne d'Arc, 76000 Rouen")
			.fillIn("Code commune INSEE", "76540")
			.fillIn("Nombre de salariés", "6")
			.fillIn("Identifiant", applicant)
			.fillIn("Adresse électronique", applicant + "@guichet-ess.example")
			.fillIn("Mot de passe", "un mot de passe solide");
		browser.check("02-inscription");
		browser.press("Créer le compte").awaitText("Le compte de votre structure est créé");
		browser.check("03-connexion");

		logIn(applicant, "un mot de passe solide", "Mes dossiers");
		browser.check("04-porteur-mes-dossiers");
		browser.follow("Nouvelle demande Dynamique Location ESS");
		String today = DossierSteps.today().format(FRENCH_DATE);
		browser.fillIn("Intitulé du projet", "Salle de projection et bureaux")
			.fillIn("Code commune INSEE", "76540")
			.fillIn("Montant demandé", "3 000,00")
			.fillIn("Loyer mensuel hors charges", "1 250")
			.fillIn("Surface louée (m²)", "120")
			.choose("Type de bail", "Bail commercial de bureaux")
			.fillIn("Date de signature du bail", today)
			.fillIn("Date de prise d'effet du bail", DossierSteps.today().plusDays(14).format(FRENCH_DATE))
			.fillIn("Durée du bail (mois)", "36")
			.tick("Oui")
			.fillIn("Produits d'exploitation du dernier exercice (hors subventions)", "180 000")
			.fillIn("Charges d'exploitation du dernier exercice", "200 000");
		browser.check("05-porteur-demande");
		browser.press("Enregistrer et passer aux pièces").awaitText("Pièces justificatives");
		for (String document : LOCATION_DOCUMENTS) {
			if (!document.equals("Bail commercial signé ou projet de bail")) {
				browser.attach(document, pdf);
			}
		}
		browser.press("Joindre les pièces").awaitText("Les pièces sont jointes au dossier.");
		browser.check("06-porteur-pieces");
		browser.press("Déposer le dossier").awaitText("Votre dossier est déposé");
		String reference = browser.heading().replace("Dossier ", "");
		assertThat(reference).startsWith("DLE-");
		dossierPage = browser.path();

		browser.fillIn("Votre message", "Le bail définitif sera signé la semaine prochaine.")
			.press("Envoyer le message")
			.awaitText("Votre message est envoyé.");
		browser.check("07-porteur-dossier-depose");
		browser.logOut();
		return reference;
	}

	private void officerAsksForTheLease(String reference) {
		logIn("officer", "officer", "Mes tâches");
		browser.reloadUntil(reference).check("08-instruction-taches");
		browser.follow(reference).awaitText("Le bail définitif sera signé");
		browser.check("09-instruction-dossier");
		browser.tick("Bail commercial signé ou projet de bail")
			.fillIn("Message au porteur de projet", "Merci de joindre le bail signé.")
			.press("Demander les pièces manquantes")
			.awaitText("La demande de pièces est envoyée au porteur de projet.");
		browser.fillIn("Votre message", "Le dossier attend le bail ; le reste est complet.")
			.press("Envoyer le message")
			.awaitText("Votre message est envoyé.");
		browser.logOut();
	}

	private void applicantSendsTheLease(String applicant, String dossierPage) {
		logIn(applicant, "un mot de passe solide", "Mes dossiers");
		browser.visit(dossierPage).awaitText("Merci de joindre le bail signé.");
		assertThat(browser.text()).contains("Le dossier attend le bail ; le reste est complet.");
		browser.check("10-porteur-pieces-demandees");
		browser.attach("Bail commercial signé ou projet de bail", pdf)
			.press("Joindre les pièces")
			.awaitText("Les pièces sont jointes au dossier.");
		browser.press("Transmettre les pièces").awaitText("Les pièces sont transmises");
		browser.logOut();
	}

	private void officerReviews(String reference) {
		logIn("officer", "officer", "Mes tâches");
		browser.visit("/instruction/dossiers");
		browser.fillIn("Référence, structure ou projet", reference).press("Filtrer");
		browser.check("11-instruction-dossiers");
		browser.follow(reference);
		browser.reloadUntil("Dossier complet").press("Dossier complet");
		browser.reloadUntil("Terminer l'instruction");
		browser.check("12-instruction-avis");
		browser.fillIn("Montant proposé (€)", "1 000,00")
			.fillIn("Avis de l'instructeur", "Projet ancré dans le quartier, loyer cohérent avec le marché.")
			.press("Terminer l'instruction");
		browser.reloadUntil("Instruction terminée");
		browser.check("13-instruction-dossier-instruit");
		browser.logOut();
	}

	private void secretaryGrants(String reference) {
		logIn("committee", "committee", "Séances");
		browser.fillIn("Date de la séance", DossierSteps.today().format(FRENCH_DATE))
			.fillIn("Intitulé", "Bureau métropolitain – aides ESS " + reference);
		browser.check("14-bureau-seances");
		browser.press("Planifier la séance").awaitText("La séance est planifiée.");
		browser.fillIn("Membres convoqués", "Anne Durand, Présidente de séance\nPaul Martin, Vice-président")
			.press("Enregistrer les membres")
			.awaitText("Les membres convoqués sont enregistrés.");
		browser.tick(reference).press("Ajouter à l'ordre du jour").awaitText("inscrits à l'ordre du jour");
		browser.check("15-bureau-ordre-du-jour");
		browser.tick("Anne Durand").tick("Paul Martin").press("Ouvrir la séance").awaitText("La séance est ouverte");
		browser.follow("Décider du dossier " + reference);
		browser.tick("Accorder").fillIn("Montant accordé (€)", "1 000,00");
		browser.check("16-bureau-decision");
		browser.press("Enregistrer la décision").awaitText("La décision est enregistrée");
		browser.press("Clôturer la séance").awaitText("La séance est close.");
		browser.check("17-bureau-seance-close");
		Browser.Download minutes = browser.download(browser.href("Télécharger le procès-verbal (PDF)"));
		assertThat(minutes.status()).isEqualTo(200);
		assertThat(minutes.contentType()).isEqualTo("application/pdf");
		browser.logOut();
	}

	private void applicantDownloadsTheLetterAndRequestsPayment(String applicant, String dossierPage) {
		logIn(applicant, "un mot de passe solide", "Mes dossiers");
		browser.visit(dossierPage).reloadUntil("Notification d'attribution de l'aide du");
		browser.check("18-porteur-aide-accordee");
		String letterLink = browser.driver()
			.findElement(org.openqa.selenium.By.partialLinkText("Notification d'attribution de l'aide du"))
			.getAttribute("href");
		Browser.Download letter = browser.download(letterLink);
		assertThat(letter.status()).isEqualTo(200);
		assertThat(letter.contentType()).isEqualTo("application/pdf");
		assertThat(new String(letter.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

		browser.follow("Demander un versement");
		browser.attach("Quittances de loyer de l'année", pdf)
			.press("Joindre les justificatifs")
			.awaitText("Demander le versement");
		browser.fillIn("Loyers acquittés sur l'année (justifiés par les quittances)", "15 000")
			.fillIn("Montant demandé", "500,00");
		browser.check("19-porteur-demande-versement");
		browser.press("Demander le versement").awaitText("Votre demande de versement est enregistrée.");
		browser.logOut();
	}

	private void officerCertifiesTheServiceDone(String reference) {
		logIn("officer", "officer", "Mes tâches");
		browser.visit("/instruction/dossiers");
		browser.fillIn("Référence, structure ou projet", reference).press("Filtrer");
		browser.follow(reference);
		browser.reloadUntil("Liquider la demande de versement n° 1").follow("Liquider la demande de versement n° 1");
		browser.fillIn("Mois occupés", "12").fillIn("Note", "Quittances de l'année vérifiées.");
		browser.check("20-instruction-liquidation");
		browser.press("Certifier le service fait et liquider");
		browser.logOut();
	}

	private void financePays(String reference) {
		logIn("finance", "finance", "Enveloppes budgétaires");
		browser.check("21-finances-enveloppes");
		browser.visit("/finances/versements").reloadUntil(reference);
		browser.check("22-finances-versements");
		browser.follow(reference).awaitText("Versement du dossier " + reference);
		browser.press("Émettre le mandat de paiement").awaitText("Le mandat de paiement est émis.");
		browser.fillIn("Référence du paiement", "VIR-" + reference);
		browser.press("Enregistrer le paiement").awaitText("Le paiement est enregistré.");
		browser.check("23-finances-paiement");
		browser.visit("/finances/grand-livre?scheme=LOCATION_ESS").check("24-finances-grand-livre");
		browser.logOut();
	}

	private void logIn(String user, String password, String landingText) {
		browser.logIn(user, password).awaitText(landingText);
	}

}
