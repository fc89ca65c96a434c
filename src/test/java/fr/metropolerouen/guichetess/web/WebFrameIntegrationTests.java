package fr.metropolerouen.guichetess.web;

import fr.metropolerouen.guichetess.support.Browser;
import fr.metropolerouen.guichetess.support.BrowserTest;
import fr.metropolerouen.guichetess.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The frame of the web application in a real browser: the public pages, logging in and out, the areas by role. */
@BrowserTest
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

	@Test
	void theKeyboardReachesTheContentFirstAndEveryControlShowsItsFocus() {
		browser.logIn("officer", "officer").awaitText("Connecté(e) : officer");
		browser.visit("/instruction/dossiers");
		WebDriver driver = browser.driver();

		driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		WebElement first = driver.switchTo().activeElement();
		assertThat(first.getText()).as("the first stop of the keyboard is the skip link").isEqualTo("Aller au contenu");
		first.sendKeys(Keys.ENTER);
		assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("contenu");

		driver.switchTo().activeElement().sendKeys(Keys.TAB);
		WebElement control = driver.switchTo().activeElement();
		assertThat(control.getCssValue("outline-style")).as("a visible focus on %s", control.getTagName())
			.isNotEqualTo("none");
	}

	@Test
	void onATabletThePagesFitTheWidthOfTheScreen() {
		browser.driver().manage().window().setSize(new Dimension(768, 1024));
		for (String user : new String[] { "officer", "committee", "finance", "admin" }) {
			browser.logIn(user, user).awaitText("Connecté(e) : " + user);
			Object overflow = ((JavascriptExecutor) browser.driver())
				.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
			assertThat(((Number) overflow).intValue()).as("horizontal overflow of %s's first page (px)", user)
				.isLessThanOrEqualTo(0);
			browser.logOut();
		}
	}

}
