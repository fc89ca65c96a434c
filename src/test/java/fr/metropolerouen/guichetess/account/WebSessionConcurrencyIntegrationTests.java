package fr.metropolerouen.guichetess.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

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
	void pagesOpenedTogetherRightAfterLoginAllAnswer() {
		for (int attempt = 0; attempt < 3; attempt++) {
			// a fresh session each time: the CSRF token is first written by whichever page comes first
			WebSession officer = WebSession.logIn(port, "officer");

			List<Integer> statuses = Concurrently.run(6, i -> officer.get("/instruction").statusCode());

			assertThat(statuses).as("attempt %d", attempt).containsOnly(200);
		}
	}

}
