package fr.metropolerouen.guichetess.retention;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import fr.metropolerouen.guichetess.support.Api;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.Browser;
import fr.metropolerouen.guichetess.support.BrowserTest;
import fr.metropolerouen.guichetess.support.DossierSteps;
import fr.metropolerouen.guichetess.support.DossierSteps.Applicant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static fr.metropolerouen.guichetess.support.DossierSteps.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

/** A purged dossier's pages say what became of its documents, to the applicant and to the officer. */
@BrowserTest
class RetentionPagesIntegrationTests extends ApiIntegrationTest {

	private Browser browser;

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void theApplicantAndTheOfficerAreToldThatThePersonalDataWereErased() {
		Applicant applicant = steps.newApplicant();
		String id = steps.submitted(applicant.username(), DossierSteps.projectData(LOCATION)).get("id").asText();
		api.as(applicant.username()).post("/api/dossiers/" + id + "/withdraw").expect(200);
		steps.awaitDossier("officer", id, "acknowledgement sent", dossier -> dossier.get("timeline")
			.findValuesAsText("action")
			.contains("LETTER_SENT"));
		ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Europe/Paris"));
		ClockUtil.offset(Duration.between(now, now.plus(Period.ofYears(5).plusDays(2))).toMillis());
		api.as("admin").post("/api/admin/retention/purge").expect(200);

		browser = Browser.open(port);
		browser.logIn(applicant.username(), Api.passwordOf(applicant.username()));
		browser.visit("/espace/dossiers/" + id);
		assertThat(browser.text()).contains("Les pièces et les messages de ce dossier ont été effacés le")
			.doesNotContain("Aucune pièce n'est encore jointe.");
		browser.logOut();

		browser.logIn("officer", "officer");
		browser.visit("/instruction/dossiers/" + id);
		assertThat(browser.text()).contains("Données personnelles purgées le");
	}

}
