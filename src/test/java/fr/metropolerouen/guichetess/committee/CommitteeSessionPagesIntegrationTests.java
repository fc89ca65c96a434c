package fr.metropolerouen.guichetess.committee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.Browser;
import fr.metropolerouen.guichetess.support.BrowserTest;
import fr.metropolerouen.guichetess.support.DossierSteps;
import fr.metropolerouen.guichetess.support.Pdfs;
import fr.metropolerouen.guichetess.support.TestYears;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static fr.metropolerouen.guichetess.support.DossierSteps.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretary of the Bureau in a browser: plans a session, convenes its members, puts dossiers on its agenda with
 * the envelope check in view, opens it, records the decisions (refused in French when wrong, next to the field, with
 * what was typed), closes it and downloads the minutes; the dossiers' statuses follow.
 */
@BrowserTest
class CommitteeSessionPagesIntegrationTests extends ApiIntegrationTest {

	private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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
	void theSecretaryPlansHoldsAndClosesASessionThenDownloadsItsMinutes() throws Exception {
		List<String> dossiers = steps.awaitingCommittee(2, LOCATION,
				i -> i == 0 ? new BigDecimal("1000.00") : new BigDecimal("1500.00"));
		String granted = dossiers.get(0);
		String refused = dossiers.get(1);
		String grantedReference = steps.dossier("officer", granted).get("reference").asText();
		String refusedReference = steps.dossier("officer", refused).get("reference").asText();
		LocalDate date = DossierSteps.today();
		String title = "Séance web " + UUID.randomUUID().toString().substring(0, 8);

		browser.logIn("committee", "committee");
		browser.awaitText("Planifier une séance");
		assertThat(browser.path()).startsWith("/bureau");
		assertThat(browser.heading()).isEqualTo("Séances du Bureau métropolitain");
		browser.check("committee-sessions");

		browser.fillIn("Date de la séance", "31/02/" + date.getYear()).fillIn("Intitulé", title);
		pressAndAwait("Planifier la séance", "Le formulaire contient des erreurs");
		assertThat(browser.text()).contains("doit être une date au format jj/mm/aaaa");
		assertThat(browser.field("Intitulé").getAttribute("value")).as("typed values kept").isEqualTo(title);
		browser.check("committee-sessions-errors");
		browser.fillIn("Date de la séance", date.format(FRENCH_DATE));
		pressAndAwait("Planifier la séance", "La séance est planifiée.");
		assertThat(browser.heading()).isEqualTo("Séance du " + date.format(FRENCH_DATE) + " : " + title);
		String sessionPath = browser.path();
		String sessionId = sessionPath.substring(sessionPath.lastIndexOf('/') + 1);

		browser.fillIn("Membres convoqués", "Anne Durand, Présidente de séance\nPaul Martin, Vice-président chargé "
				+ "de l'ESS\nLéa Petit, Conseillère métropolitaine");
		pressAndAwait("Enregistrer les membres", "Les membres convoqués sont enregistrés.");
		assertThat(browser.text()).contains("Présences pas encore relevées (3 membre(s) convoqué(s)).",
				"Vice-président chargé de l'ESS");
		browser.check("committee-session-planned");

		browser.tick(grantedReference).tick(refusedReference).press("Ajouter à l'ordre du jour");
		browser.awaitText("Les dossiers sont inscrits à l'ordre du jour.");
		String agenda = browser.driver().findElement(By.cssSelector("#agenda-title + .table-wrapper")).getText();
		assertThat(agenda).contains(grantedReference, refusedReference, "1 000,00 €", "1 500,00 €",
				"Projet solide, ancrage local avéré.");
		String envelopes = browser.driver().findElement(By.cssSelector("#envelopes-title ~ .table-wrapper")).getText();
		assertThat(envelopes).contains("Dynamique Location ESS " + date.getYear());
		assertThat(envelopes.toLowerCase()).as("badges are in capitals").containsAnyOf("couvert", "dépassement");
		browser.check("committee-session-agenda");

		browser.tick("Anne Durand").tick("Paul Martin").press("Ouvrir la séance");
		browser.awaitText("La séance est ouverte");
		assertThat(browser.text()).contains("Quorum atteint : 2 membre(s) présent(s) sur 3 convoqué(s).");
		browser.choose("Membre", "Léa Petit").choose("Dossier", refusedReference);
		browser.fillIn("Déclaration (facultative)", "Trésorière de la structure.");
		pressAndAwait("Enregistrer la déclaration d'intérêt", "La déclaration d'intérêt est enregistrée.");
		assertThat(browser.text()).contains("Léa Petit : Trésorière de la structure.");
		browser.check("committee-session-held");

		browser.follow("Décider du dossier " + grantedReference);
		browser.awaitText("Enregistrer la décision du Bureau");
		assertThat(browser.heading()).isEqualTo("Décision sur le dossier " + grantedReference);
		browser.check("committee-decision");
		browser.tick("Accorder").fillIn("Montant accordé (€)", "mille euros").press("Enregistrer la décision");
		browser.awaitText("Le formulaire contient des erreurs");
		assertThat(browser.text()).contains("Montant accordé : doit être un montant en euros, par exemple 2 500,00");
		assertThat(browser.field("Montant accordé (€)").getAttribute("value")).isEqualTo("mille euros");
		assertThat(browser.field("Accorder").isSelected()).isTrue();
		browser.check("committee-decision-errors");
		browser.fillIn("Montant accordé (€)", "1 200,00").press("Enregistrer la décision");
		browser.awaitText("sont obligatoires pour accorder plus que le montant proposé");
		assertThat(browser.field("Montant accordé (€)").getAttribute("value")).isEqualTo("1 200,00");
		browser.fillIn("Montant accordé (€)", "1 000,00").press("Enregistrer la décision");
		browser.awaitText("La décision est enregistrée");
		assertThat(browser.path()).isEqualTo(sessionPath);

		pressAndAwait("Clôturer la séance", "La séance ne peut pas être close");
		assertThat(browser.text()).contains(refusedReference);
		browser.check("committee-session-close-refused");

		browser.follow("Décider du dossier " + refusedReference).tick("Refuser").press("Enregistrer la décision");
		browser.awaitText("sont obligatoires pour un refus");
		browser.fillIn("Motifs", "Le projet ne crée pas d'emploi salarié.").press("Enregistrer la décision");
		browser.awaitText("La décision est enregistrée");
		String decided = browser.driver().findElement(By.cssSelector("#agenda-title + .table-wrapper")).getText();
		assertThat(decided.toLowerCase()).contains("accordée 1 000,00 €", "refusée", "le projet ne crée pas d'emploi salarié.");
		browser.check("committee-session-decided");

		pressAndAwait("Clôturer la séance", "La séance est close.");
		String closedAgenda = browser.driver().findElement(By.cssSelector("#agenda-title + .table-wrapper")).getText();
		assertThat(closedAgenda).containsPattern("B" + date.getYear() + "-\\d{4}");
		browser.check("committee-session-closed");

		String minutesUrl = browser.driver()
			.findElement(By.linkText("Télécharger le procès-verbal (PDF)"))
			.getAttribute("href");
		Browser.Download minutes = browser.download(minutesUrl);
		assertThat(minutes.status()).isEqualTo(200);
		assertThat(minutes.contentType()).isEqualTo("application/pdf");
		assertThat(minutes.disposition()).contains("attachment", "proces-verbal-" + date + ".pdf");
		assertThat(new String(minutes.body(), 0, 5)).isEqualTo("%PDF-");
		assertThat(Pdfs.plainSpaces(Pdfs.text(minutes.body()))).contains("Dossier " + grantedReference,
				"Dossier " + refusedReference, "Décision : Accordée – 1 000,00 €");

		steps.awaitDossier("officer", granted, "granted",
				dossier -> "GRANTED".equals(dossier.get("status").asText()));
		steps.awaitDossier("officer", refused, "refused",
				dossier -> "REFUSED".equals(dossier.get("status").asText()));
		assertThat(steps.dossier("officer", granted).get("grantedAmount").decimalValue()).isEqualByComparingTo("1000.00");
		assertThat(api.as("committee").get("/api/committee-sessions/" + sessionId).expect(200).get("status").asText())
			.isEqualTo("CLOSED");

		browser.visit("/bureau");
		assertThat(browser.text()).contains(title);
	}

	@Test
	void anAgendaTheEnvelopeCannotCoverIsFlaggedAndAGrantItCannotCoverIsRefusedInFrench() {
		int year = TestYears.unusedFor(LOCATION);
		api.as("finance")
			.post("/api/envelopes", Map.of("scheme", LOCATION, "year", year, "allocated", new BigDecimal("1000.00")))
			.expect(201);
		String dossier = steps.awaitingCommittee(steps.newApplicant().username(), DossierSteps.projectData(LOCATION),
				new BigDecimal("1500.00"));
		String reference = steps.dossier("officer", dossier).get("reference").asText();
		String session = steps.sessionOn(LocalDate.of(year, 6, 10), "Séance de juin");
		steps.putOnAgenda(session, dossier);

		browser.logIn("committee", "committee");
		browser.awaitText("Planifier une séance");
		browser.visit("/bureau/seances/" + session);
		assertThat(Pdfs.plainSpaces(browser.text())).contains(
				"Dépassement de l'enveloppe Dynamique Location ESS " + year, "il manque 500,00 €");
		browser.check("committee-session-over-commitment");

		pressAndAwait("Ouvrir la séance", "La séance est ouverte");
		browser.follow("Décider du dossier " + reference).tick("Accorder").fillIn("Montant accordé (€)", "1500");
		browser.fillIn("Motifs", "Projet exemplaire.").press("Enregistrer la décision");
		browser.awaitText("ne dispose plus que de");
		assertThat(Pdfs.plainSpaces(browser.text())).contains("ne dispose plus que de 1 000,00 €",
				"ne peut pas être accordée");
		assertThat(browser.field("Montant accordé (€)").getAttribute("value")).isEqualTo("1500");
		browser.check("committee-decision-refused");
	}

	/** Presses a button and waits for the next page to show the text. */
	private void pressAndAwait(String button, String text) {
		browser.press(button).awaitText(text);
	}

}
