package fr.metropolerouen.guichetess.web;

import fr.metropolerouen.guichetess.support.Browser;
import fr.metropolerouen.guichetess.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The frame of the web application in a real browser: the public pages, logging in and out, the areas by role. */
@IntegrationTest
class WebFrameIntegrationTests {

	@LocalServerPort
	int port;

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
	void aVisitorReadsTheHomePageAndCannotEnterAnArea() {
		browser.visit("/").check("accueil");
		assertThat(browser.heading()).contains("économie sociale et solidaire");

		browser.visit("/instruction");
		assertThat(browser.path()).as("a page of an area sends a visitor to the login form").startsWith("/connexion");
		assertThat(browser.heading()).isEqualTo("Connexion");
	}

	@Test
	void aWrongPasswordIsRefusedInFrenchAndTheRightOneOpensTheUsersArea() {
		browser.logIn("officer", "not-the-password");
		assertThat(browser.text()).contains("Identifiant ou mot de passe incorrect.");
		browser.check("connexion-erreur");

		browser.logIn("officer", "officer");
		assertThat(browser.path()).startsWith("/instruction");
		assertThat(browser.text()).contains("Connecté(e) : officer");

		browser.visit("/finances");
		assertThat(browser.heading()).as("another role's area").isEqualTo("Accès refusé");

		browser.logOut();
		assertThat(browser.text()).contains("Vous êtes déconnecté(e).");
		browser.visit("/instruction");
		assertThat(browser.path()).startsWith("/connexion");
	}

}
