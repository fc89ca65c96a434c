package fr.metropolerouen.guichetess.account;

import java.net.URI;
import java.net.http.HttpResponse;

import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OpenID Connect login as configured in the tests' properties (two providers with explicit endpoints on an address
 * that does not exist: no network is used, the provider is never called).
 */
class OidcLoginIntegrationTests extends ApiIntegrationTest {

	@Test
	void theLoginPageOffersEachConfiguredProvider() {
		String page = WebSession.anonymous(port).get("/connexion").body();

		assertThat(page).contains("Se connecter avec ProConnect", "href=\"/oauth2/authorization/proconnect\"",
				"Se connecter avec FranceConnect", "href=\"/oauth2/authorization/franceconnect\"");
	}

	@Test
	void theProviderButtonSendsTheBrowserToTheProviderWithStateAndNonce() {
		HttpResponse<String> redirect = WebSession.anonymous(port).get("/oauth2/authorization/proconnect");

		assertThat(redirect.statusCode()).isEqualTo(302);
		URI location = URI.create(redirect.headers().firstValue("Location").orElseThrow());
		assertThat(location.getHost()).isEqualTo("proconnect.test.invalid");
		assertThat(location.getPath()).isEqualTo("/api/v2/authorize");
		var query = UriComponentsBuilder.fromUri(location).build().getQueryParams();
		assertThat(query.getFirst("response_type")).isEqualTo("code");
		assertThat(query.getFirst("client_id")).isEqualTo("guichet-ess-essais");
		assertThat(query.getFirst("scope")).contains("openid");
		assertThat(query.getFirst("state")).isNotBlank();
		assertThat(query.getFirst("nonce")).isNotBlank();
		assertThat(query.getFirst("redirect_uri")).endsWith("/login/oauth2/code/proconnect");
	}

	@Test
	void anUnknownUserIsToldInFrenchWhatToDo() {
		String page = WebSession.anonymous(port).get("/connexion?refus").body();

		assertThat(page).contains("Aucun compte du Guichet ESS ne correspond");
	}

}
