package fr.metropolerouen.guichetess.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Base of the API integration tests: the running application and a client of its HTTP API. */
@IntegrationTest
public abstract class ApiIntegrationTest {

	@LocalServerPort
	protected int port;

	protected Api api;

	protected DossierSteps steps;

	@BeforeEach
	void connectToTheApplication() {
		api = new Api(port);
		steps = new DossierSteps(api);
	}

}
