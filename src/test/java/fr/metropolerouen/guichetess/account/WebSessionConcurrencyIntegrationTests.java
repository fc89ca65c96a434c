package fr.metropolerouen.guichetess.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import fr.metropolerouen.guichetess.support.Concurrently;
import fr.metropolerouen.guichetess.support.IntegrationTest;
import fr.metropolerouen.guichetess.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class WebSessionConcurrencyIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void pagesOpenedTogetherRightAfterLoginAllAnswerAndTheSessionKeepsWorking() {
		for (int attempt = 0; attempt < 3; attempt++) {
			// a fresh session each time: the CSRF token is first written by whichever page comes first
			WebSession officer = WebSession.logIn(port, "officer");

			List<Integer> statuses = Concurrently.run(6, i -> officer.get("/instruction").statusCode());

			assertThat(statuses).as("attempt %d", attempt).containsOnly(200);
			// the session still holds a working CSRF token: its forms are accepted
			HttpResponse<String> logout = officer.submit("/instruction", "/deconnexion", Map.of());
			assertThat(logout.statusCode()).isEqualTo(302);
			assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(
					location -> assertThat(location).endsWith("/connexion?deconnecte"));
		}
	}

}
