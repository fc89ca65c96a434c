package fr.metropolerouen.guichetess.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.DossierSteps;
import org.junit.jupiter.api.Test;

import static fr.metropolerouen.guichetess.support.DossierSteps.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web application's protections, seen on the wire: security headers, a session cookie scripts cannot read, a
 * new session at login, CSRF tokens required on every form, and the API kept apart (HTTP Basic, no session).
 */
class WebSecurityIntegrationTests extends ApiIntegrationTest {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void pagesSendSecurityHeadersAndAnHttpOnlySessionCookie() throws Exception {
		HttpResponse<String> login = get("/connexion", null);

		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				policy -> assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
		assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(sessionCookieHeader(login)).hasValueSatisfying(
				cookie -> assertThat(cookie).contains("HttpOnly", "SameSite=Lax"));
	}

	@Test
	void aLoginWithoutItsCsrfTokenIsRefusedAndALoginGivesANewSession() throws Exception {
		HttpResponse<String> form = get("/connexion", null);
		String anonymousSession = sessionCookie(form).orElseThrow();

		HttpResponse<String> forged = post("/connexion", anonymousSession,
				Map.of("username", "officer", "password", "officer"));
		assertThat(forged.statusCode()).as("a login posted from another site").isEqualTo(403);

		HttpResponse<String> login = post("/connexion", anonymousSession,
				Map.of("username", "officer", "password", "officer", "_csrf", csrfToken(form)));
		assertThat(login.statusCode()).isEqualTo(302);
		String officerSession = sessionCookie(login).orElseThrow();
		assertThat(officerSession).as("session fixation: the session before login is not kept")
			.isNotEqualTo(anonymousSession);
		assertThat(get("/instruction/dossiers", officerSession).statusCode()).isNotIn(302, 401, 403);
	}

	@Test
	void aFormPostedWithoutItsTokenChangesNothing() throws Exception {
		String dossierId = steps.submitted("applicant-a", DossierSteps.projectData(LOCATION)).get("id").asText();
		String session = logIn("applicant-a");

		HttpResponse<String> forged = post("/espace/dossiers/" + dossierId + "/messages", session,
				Map.of("body", "Message écrit par un autre site"));

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(api.as("applicant-a").get("/api/dossiers/" + dossierId + "/messages").expect(200)).isEmpty();
	}

	@Test
	void theApiNeitherOpensNorAcceptsAWebSession() throws Exception {
		HttpResponse<String> withBasic = http.send(HttpRequest.newBuilder(uri("/api/accounts/me"))
			.header("Authorization", "Basic " + java.util.Base64.getEncoder()
				.encodeToString("officer:officer".getBytes(StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(withBasic.statusCode()).isEqualTo(200);
		assertThat(sessionCookie(withBasic)).isEmpty();

		String session = logIn("officer");
		assertThat(get("/api/accounts/me", session).statusCode()).as("a browser session is not an API credential")
			.isEqualTo(401);
	}

	private String logIn(String user) throws IOException, InterruptedException {
		HttpResponse<String> form = get("/connexion", null);
		HttpResponse<String> login = post("/connexion", sessionCookie(form).orElseThrow(),
				Map.of("username", user, "password", user, "_csrf", csrfToken(form)));
		assertThat(login.statusCode()).isEqualTo(302);
		return sessionCookie(login).orElseThrow();
	}

	private HttpResponse<String> get(String path, String session) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		if (session != null) {
			request.header("Cookie", session);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String session, Map<String, String> fields)
			throws IOException, InterruptedException {
		String form = fields.entrySet()
			.stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", session)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String csrfToken(HttpResponse<String> page) {
		Matcher token = CSRF_FIELD.matcher(page.body());
		assertThat(token.find()).as("the form carries a CSRF token").isTrue();
		return token.group(1);
	}

	private static Optional<String> sessionCookieHeader(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst();
	}

	private static Optional<String> sessionCookie(HttpResponse<?> response) {
		return sessionCookieHeader(response).map(cookie -> cookie.substring(0, cookie.indexOf(';')));
	}

}
