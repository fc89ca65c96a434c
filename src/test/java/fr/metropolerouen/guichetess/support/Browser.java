package fr.metropolerouen.guichetess.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Chromium (Debian's chromium and chromedriver, installed by {@code .ci/run}) driving the web application
 * like a user: by labels and button texts. Every page a test looks at through {@link #check(String)} is checked by
 * axe-core (WCAG 2.1 A and AA rules) and photographed under {@code target/screenshots/}; a serious or critical
 * violation fails the test.
 * <p>
 * Without a browser on the machine the web tests are skipped, unless {@code GUICHET_E2E_REQUIRED=true} (set by
 * {@code .ci/run}), where a missing browser fails them.
 */
public final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of(System.getProperty("guichet.chromium", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path.of(System.getProperty("guichet.chromedriver",
			"/usr/bin/chromedriver"));

	/** Where the pictures of the pages go; {@code -Dguichet.screenshots=docs/screenshots} refreshes the docs. */
	private static final Path SCREENSHOTS = Path.of(System.getProperty("guichet.screenshots", "target/screenshots"));

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

	private final WebDriver driver;

	private final String origin;

	private final WebDriverWait wait;

	private Browser(WebDriver driver, int port) {
		this.driver = driver;
		this.origin = "http://localhost:" + port;
		// a page being replaced makes Chromium answer "stale element" or "node not in the document": try again
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		this.wait.ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class);
	}

	/** A new browser, with its own profile (no cookie shared with another user's browser). */
	public static Browser open(int port) {
		requireChromium();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		// the flags that keep Chromium off the network of a closed machine, and out of a root sandbox
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--lang=fr-FR", "--window-size=1280,1000");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return new Browser(driver, port);
	}

	public static boolean available() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	private static void requireChromium() {
		if (Boolean.parseBoolean(System.getenv("GUICHET_E2E_REQUIRED"))) {
			assertThat(available()).as("Chromium and chromedriver at %s and %s (installed by .ci/run)", CHROMIUM,
					CHROMEDRIVER)
				.isTrue();
		}
		Assumptions.assumeTrue(available(), "no Chromium on this machine: the web tests are skipped");
	}

	public WebDriver driver() {
		return driver;
	}

	public Browser visit(String path) {
		driver.get(origin + path);
		return this;
	}

	public String path() {
		return driver.getCurrentUrl().substring(origin.length());
	}

	public Browser logIn(String username, String password) {
		visit("/connexion");
		fillIn("Identifiant", username);
		fillIn("Mot de passe", password);
		press("Se connecter");
		return this;
	}

	public Browser logOut() {
		press("Se déconnecter");
		return this;
	}

	/** Types into the field whose label reads {@code label} (what a user sees, not an id). */
	public Browser fillIn(String label, String value) {
		WebElement field = field(label);
		field.clear();
		field.sendKeys(value);
		return this;
	}

	public Browser choose(String label, String visibleOption) {
		new org.openqa.selenium.support.ui.Select(field(label)).selectByVisibleText(visibleOption);
		return this;
	}

	public Browser tick(String label) {
		WebElement box = field(label);
		if (!box.isSelected()) {
			box.click();
		}
		return this;
	}

	public Browser attach(String label, Path file) {
		field(label).sendKeys(file.toAbsolutePath().toString());
		return this;
	}

	public WebElement field(String label) {
		WebElement labelElement = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
				"//label[normalize-space(.)=" + literal(label) + " or normalize-space(text())=" + literal(label) + "]")));
		return driver.findElement(By.id(labelElement.getAttribute("for")));
	}

	/** Clicks the button (or link styled as one) that reads {@code text}; waits for the next page. */
	public Browser press(String text) {
		clickAndAwaitNextPage(By.xpath("//button[normalize-space(.)=" + literal(text)
				+ "] | //input[@type='submit' and @value=" + literal(text) + "]"));
		return this;
	}

	/**
	 * A form sent or a link followed: waits until the page it leaves is gone, so that what follows reads the next.
	 * A page still settling when the click comes (its element replaced under the driver) is tried again: a click that
	 * failed sent nothing.
	 */
	private void clickAndAwaitNextPage(By target) {
		WebElement[] leaving = new WebElement[1];
		wait.until(driver -> {
			WebElement element = ExpectedConditions.elementToBeClickable(target).apply(driver);
			if (element == null) {
				return false;
			}
			leaving[0] = driver.findElement(By.tagName("html"));
			element.click();
			return true;
		});
		wait.until(driver -> isGone(leaving[0]));
	}

	/** Chromium says a node of a replaced page is stale, or that it no longer belongs to the document: both mean gone. */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (WebDriverException gone) {
			return true;
		}
	}

	public Browser follow(String linkText) {
		clickAndAwaitNextPage(By.xpath("//a[normalize-space(.)=" + literal(linkText) + "]"));
		return this;
	}

	public String text() {
		return driver.findElement(By.tagName("body")).getText();
	}

	public String heading() {
		return driver.findElement(By.tagName("h1")).getText();
	}

	/** Waits until the page shows {@code text} (after a redirect, or a step done by the engine in the background). */
	public Browser awaitText(String text) {
		wait.until(driver -> driver.findElement(By.tagName("body")).getText().contains(text));
		return this;
	}

	/** Reloads the page until it shows {@code text}: for steps the engine runs on its own after a short while. */
	public Browser reloadUntil(String text) {
		new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(500))
			.ignoring(WebDriverException.class)
			.until(driver -> {
				if (driver.findElement(By.tagName("body")).getText().contains(text)) {
					return true;
				}
				driver.navigate().refresh();
				return false;
			});
		return this;
	}

	/**
	 * Checks the page as it is now with axe-core and keeps its picture: fails on any serious or critical violation
	 * of WCAG 2.1 A/AA, naming the rule and the elements.
	 */
	public Browser check(String pageName) {
		Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
		List<Rule> blocking = results.getViolations()
			.stream()
			.filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
			.toList();
		screenshot(pageName);
		assertThat(blocking).as("axe-core on %s (%s):%n%s", pageName, path(), describe(blocking)).isEmpty();
		return this;
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " -> "
					+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(5)
						.collect(Collectors.joining(", ")))
			.collect(Collectors.joining(System.lineSeparator()));
	}

	/** The whole page, as tall as its content, in PNG. */
	public Path screenshot(String name) {
		Dimension window = driver.manage().window().getSize();
		Object height = ((org.openqa.selenium.JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollHeight");
		driver.manage().window().setSize(new Dimension(window.getWidth(),
				Math.min(4000, Math.max(window.getHeight(), ((Number) height).intValue() + 140))));
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			driver.manage().window().setSize(window);
		}
	}

	/** The address a link points to, by its text. */
	public String href(String linkText) {
		return driver.findElement(By.xpath("//a[normalize-space(.)=" + literal(linkText) + "]")).getAttribute("href");
	}

	/** Downloads a file with this browser's session, to read what a user's browser receives: status, headers, bytes. */
	public Download download(String href) {
		String cookies = driver.manage()
			.getCookies()
			.stream()
			.map(cookie -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		try {
			HttpResponse<byte[]> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).GET().build(),
						HttpResponse.BodyHandlers.ofByteArray());
			return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Content-Disposition").orElse(""), response.body());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public record Download(int status, String contentType, String disposition, byte[] body) {
	}

	private static String literal(String text) {
		if (!text.contains("'")) {
			return "'" + text + "'";
		}
		return "concat('" + text.replace("'", "', \"'\", '") + "')";
	}

	@Override
	public void close() {
		driver.quit();
	}

}
