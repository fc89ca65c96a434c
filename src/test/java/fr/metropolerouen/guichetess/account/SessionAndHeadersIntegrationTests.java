package fr.metropolerouen.guichetess.account;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;

import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.ThrowawayAccounts;
import fr.metropolerouen.guichetess.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions (idle timeout, removed from the database at logout) and the headers of pages and API, with and without
 * the reverse proxy's word that the browser came over TLS.
 */
class SessionAndHeadersIntegrationTests extends ApiIntegrationTest {

	private static final String PASSWORD = "une phrase de passe pour les essais de session";

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void afterLogoutTheOldSessionCookieOpensNothing() {
		String username = throwawayAccount();
		WebSession session = WebSession.logIn(port, username, PASSWORD);
		String loggedIn = session.sessionCookie().orElseThrow();
		assertThat(session.get("/compte/mot-de-passe").statusCode()).isEqualTo(200);
		assertThat(sessionsOf(username)).isEqualTo(1);

		assertThat(session.submit("/compte/mot-de-passe", "/deconnexion", Map.of()).statusCode()).isEqualTo(302);

		assertThat(sessionsOf(username)).as("the session row is deleted").isZero();
		WebSession replay = WebSession.anonymous(port).withHeader("Cookie", loggedIn);
		HttpResponse<String> replayed = replay.get("/compte/mot-de-passe");
		assertThat(replayed.statusCode()).isEqualTo(302);
		assertThat(replayed.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/connexion"));
	}

	@Test
	void aSessionEndsAfterThirtyMinutesIdle() {
		String username = throwawayAccount();
		WebSession.logIn(port, username, PASSWORD);

		assertThat(jdbc.queryForObject("select max_inactive_interval from spring_session where principal_name = ?",
				Integer.class, username)).isEqualTo(30 * 60);
	}

	@Test
	void pagesAndApiSendTheSameProtectiveHeaders() throws Exception {
		HttpResponse<String> page = get("/connexion", Map.of());
		HttpResponse<String> api = get("/api/accounts/me", Map.of());

		for (HttpResponse<String> answer : java.util.List.of(page, api)) {
			assertThat(answer.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
					policy -> assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'"));
			assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
			assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
			assertThat(answer.headers().firstValue("Permissions-Policy")).hasValueSatisfying(
					policy -> assertThat(policy).contains("camera=()", "geolocation=()"));
			assertThat(answer.headers().firstValue("Cache-Control")).hasValueSatisfying(
					cache -> assertThat(cache).contains("no-store"));
			assertThat(answer.headers().firstValue("Strict-Transport-Security")).as("plain http: no HSTS").isEmpty();
		}
	}

	@Test
	void behindTheTlsReverseProxyHstsIsSentAndTheSessionCookieIsSecure() throws Exception {
		Map<String, String> proxied = Map.of("X-Forwarded-Proto", "https");

		HttpResponse<String> page = get("/connexion", proxied);
		HttpResponse<String> api = get("/api/accounts/me", proxied);

		assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
				hsts -> assertThat(hsts).contains("max-age=31536000"));
		assertThat(api.headers().firstValue("Strict-Transport-Security")).isPresent();
		assertThat(sessionCookieHeader(page)).hasValueSatisfying(
				cookie -> assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax"));
		assertThat(sessionCookieHeader(get("/connexion", Map.of()))).hasValueSatisfying(
				cookie -> assertThat(cookie).doesNotContain("Secure"));
	}

	private HttpResponse<String> get(String path, Map<String, String> headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		headers.forEach(request::header);
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Optional<String> sessionCookieHeader(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst();
	}

	private int sessionsOf(String username) {
		return jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				username);
	}

	private String throwawayAccount() {
		return ThrowawayAccounts.open(api, "session", "COMMITTEE", PASSWORD);
	}

}
