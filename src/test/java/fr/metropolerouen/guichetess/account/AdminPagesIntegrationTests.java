package fr.metropolerouen.guichetess.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import fr.metropolerouen.guichetess.support.BrowserTest;
import fr.metropolerouen.guichetess.support.DossierSteps;
import org.awaitility.Awaitility;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The administrators' pages in a real browser: users and staff accounts, rule sets, the mail outbox. */
@BrowserTest
class AdminPagesIntegrationTests extends ApiIntegrationTest {

	private static final AtomicInteger AGENTS = new AtomicInteger();

	@Autowired
	JdbcTemplate jdbc;

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
	void adminCreatesAStaffAccountAfterAFrenchRefusalAndSeesItInTheList() {
		String username = "agent-web-" + System.nanoTime() % 100000 + "-" + AGENTS.incrementAndGet();
		browser.logIn("admin", "admin");
		browser.awaitText("Utilisateurs et rôles");
		assertThat(browser.path()).startsWith("/admin");
		assertThat(browser.heading()).isEqualTo("Utilisateurs et rôles");
		assertThat(browser.text()).contains("finance", "Service financier", "officer");
		browser.check("admin-users");

		browser.fillIn("Identifiant", "X")
			.fillIn("Adresse électronique", "pas-une-adresse")
			.choose("Rôle", "Service financier")
			.fillIn("Mot de passe provisoire", "court");
		browser.press("Créer le compte");
		browser.awaitText("Le formulaire contient des erreurs");
		assertThat(browser.text()).contains("Le formulaire contient des erreurs",
				"doit compter 3 à 40 caractères : minuscules, chiffres, point, tiret",
				"n'est pas une adresse électronique valide", "doit compter entre 12 et 128 caractères");
		assertThat(browser.driver().findElement(By.id("username-error")).getText())
			.contains("doit compter 3 à 40 caractères");
		assertThat(browser.field("Identifiant").getAttribute("value")).as("the typed value stays").isEqualTo("X");
		assertThat(browser.field("Adresse électronique").getAttribute("value")).isEqualTo("pas-une-adresse");
		browser.check("admin-users-errors");

		browser.fillIn("Identifiant", "finance")
			.fillIn("Adresse électronique", "agent@metropole-rouen-normandie.example")
			.fillIn("Mot de passe provisoire", "un mot de passe long");
		browser.press("Créer le compte");
		browser.awaitText("est déjà utilisé par un autre compte");
		assertThat(browser.driver().findElement(By.id("username-error")).getText())
			.isEqualTo("est déjà utilisé par un autre compte");

		browser.fillIn("Identifiant", username).fillIn("Mot de passe provisoire", "un mot de passe long");
		browser.press("Créer le compte");
		browser.awaitText("Le compte est créé.");
		assertThat(browser.driver().findElement(By.xpath("//tr[th[normalize-space(.)='" + username + "']]")).getText())
			.contains("agent@metropole-rouen-normandie.example", "Service financier");

		browser.logOut().logIn(username, "un mot de passe long");
		browser.awaitText("Enveloppes budgétaires");
		assertThat(browser.path()).as("the new agent enters the finance area").startsWith("/finances");
	}

	@Test
	void adminSendsAFailedMailAgainFromTheOutbox() {
		DossierSteps.Applicant applicant = steps.newApplicant();
		String dossier = steps.submitted(applicant.username(), DossierSteps.projectData(DossierSteps.LOCATION))
			.get("id")
			.asText();
		// as if the mail server had refused every attempt: the acknowledgement, once sent, is marked given up
		Awaitility.await("the acknowledgement sent").atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.update("update outbound_mail set status = 'FAILED', attempts = 5, last_error = ?"
					+ " where dossier_id = ? and status = 'SENT'", "550 boîte pleine", UUID.fromString(dossier)),
					updated -> updated >= 1);

		browser.logIn("admin", "admin");
		browser.awaitText("Utilisateurs et rôles");
		browser.visit("/admin/courriels");
		WebElement row = browser.driver()
			.findElement(By.xpath("//tr[td[normalize-space(.)='" + applicant.email() + "']]"));
		assertThat(row.getText()).contains("550 boîte pleine", "5");
		row.findElement(By.xpath(".//button[normalize-space(.)='Renvoyer']")).click();
		browser.awaitText("Le courriel est remis dans la file d'envoi.");
		assertThat(browser.driver().findElements(By.xpath("//td[normalize-space(.)='" + applicant.email() + "']")))
			.as("no longer failed")
			.isEmpty();
		Awaitility.await("sent again").atMost(Duration.ofSeconds(30))
			.until(() -> api.as("admin").get("/api/dossiers/" + dossier + "/mails").expect(200).findValuesAsText("status"),
					statuses -> !statuses.isEmpty() && statuses.stream().allMatch("SENT"::equals));
	}

	@Test
	void adminReadsTheRuleSetsAndTheMailOutbox() {
		browser.logIn("admin", "admin");
		browser.awaitText("Utilisateurs et rôles");
		browser.visit("/admin/reglements");
		assertThat(browser.heading()).isEqualTo("Versions des règlements");
		assertThat(browser.text()).contains("Dynamique Immobilier ESS – version", "Dynamique Location ESS – version");
		assertThat(browser.text().toLowerCase()).contains("adoptée");
		browser.check("admin-rule-sets");

		browser.visit("/admin/courriels");
		assertThat(browser.heading()).isEqualTo("Courriels envoyés par le Guichet");
		assertThat(browser.text()).contains("En échec (", "Exploitation", "Camunda Cockpit (suivi des processus)")
			.doesNotContain("disponible quand l'application web Camunda est installée");
		browser.check("admin-mails");
		browser.choose("État des courriels", "Envoyé");
		browser.press("Afficher");
		browser.awaitText("Envoyé (");
		assertThat(browser.path()).contains("statut=SENT");
		assertThat(browser.text()).contains("Envoyé (");

		browser.follow("Incidents techniques");
		assertThat(browser.heading()).isEqualTo("Incidents techniques");
		assertThat(browser.text()).contains("Incidents en cours (");
		browser.check("admin-incidents");
	}

}
