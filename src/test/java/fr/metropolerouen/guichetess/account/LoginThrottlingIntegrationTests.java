package fr.metropolerouen.guichetess.account;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.support.Api;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.ThrowawayAccounts;
import fr.metropolerouen.guichetess.support.WebSession;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed logins are counted per user name, the same way for the login form and the API's HTTP Basic, and whether the
 * user name exists or not. Each test has its own throwaway account and its own client address (X-Forwarded-For,
 * believed from this machine as from the reverse proxy), so no other test is ever locked out.
 */
class LoginThrottlingIntegrationTests extends ApiIntegrationTest {

	private static final String PASSWORD = "une phrase de passe pour les essais de verrou";

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String address = "198.51.100." + (1 + (int) (Math.random() * 250));

	@Test
	void afterFiveFailuresTheApiAnswers429WithRetryAfterEvenToTheRightPassword() throws Exception {
		String username = throwawayAccount();
		for (int i = 0; i < 5; i++) {
			assertThat(basic(username, "pas le bon mot de passe").statusCode()).isEqualTo(401);
		}

		HttpResponse<String> refused = basic(username, PASSWORD);

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
				seconds -> assertThat(Long.parseLong(seconds)).isBetween(890L, 901L));
		JsonNode problem = Api.JSON.readTree(refused.body());
		assertThat(problem.get("detail").asText())
			.isEqualTo("Trop de tentatives de connexion : réessayez dans 15 minutes.");
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void anUnknownUserNameIsLockedTheSameWaySoTheAnswerTellsNothing() throws Exception {
		String unknown = "inconnu-" + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 5; i++) {
			assertThat(basic(unknown, "pas le bon mot de passe").statusCode()).isEqualTo(401);
		}

		HttpResponse<String> refused = basic(unknown, PASSWORD);

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(Api.JSON.readTree(refused.body()).get("detail").asText())
			.isEqualTo("Trop de tentatives de connexion : réessayez dans 15 minutes.");
	}

	@Test
	void theLoginFormSaysHowLongToWaitAndTheLockEndsWithTheDelay() throws Exception {
		String username = throwawayAccount();
		for (int i = 0; i < 5; i++) {
			assertThat(formLogin(username, "pas le bon mot de passe").headers().firstValue("Location"))
				.hasValueSatisfying(location -> assertThat(location).endsWith("/connexion?error"));
		}

		HttpResponse<String> refused = formLogin(username, PASSWORD);
		String location = refused.headers().firstValue("Location").orElseThrow();
		assertThat(location).endsWith("/connexion?bloque=15");
		assertThat(WebSession.anonymous(port).get(location).body()).contains("Trop de tentatives de connexion : réessayez dans 15 minutes.");

		ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(Duration.ofMinutes(16))));

		assertThat(formLogin(username, PASSWORD).headers().firstValue("Location")).hasValueSatisfying(
				target -> assertThat(target).doesNotContain("/connexion"));
	}

	@Test
	void aSuccessfulLoginStartsTheCountAgain() throws Exception {
		String username = throwawayAccount();
		for (int i = 0; i < 4; i++) {
			basic(username, "pas le bon mot de passe");
		}
		assertThat(basic(username, PASSWORD).statusCode()).isEqualTo(200);
		for (int i = 0; i < 4; i++) {
			basic(username, "pas le bon mot de passe");
		}

		assertThat(basic(username, PASSWORD).statusCode()).isEqualTo(200);
	}

	private String throwawayAccount() {
		return ThrowawayAccounts.open(api, "verrou", "OFFICER", PASSWORD);
	}

	private HttpResponse<String> basic(String username, String password) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(uri("/api/accounts/me"))
			.header("X-Forwarded-For", address)
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> formLogin(String username, String password) {
		return WebSession.anonymous(port).withHeader("X-Forwarded-For", address).tryLogIn(username, password);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
