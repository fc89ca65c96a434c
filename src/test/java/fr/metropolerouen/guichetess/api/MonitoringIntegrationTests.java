package fr.metropolerouen.guichetess.api;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.support.Api;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.WebSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators monitor: the health groups (details for administrators only), the Prometheus metrics (business
 * figures included, administrators only), and Camunda Cockpit, reachable by a logged-in administrator of the web
 * application and by no one else.
 */
class MonitoringIntegrationTests extends ApiIntegrationTest {

	@Autowired
	private ProcessEngine processEngine;


	@Test
	void healthShowsItsIndicatorsToAdministratorsOnlyAndTheProbesAnswer() {
		Api.Response publicHealth = api.anonymous().get("/actuator/health");
		assertThat(publicHealth.status()).isIn(200, 503);
		assertThat(publicHealth.json().has("status")).isTrue();
		assertThat(publicHealth.json().has("components")).as("no details for the public").isFalse();
		assertThat(api.as("officer").get("/actuator/health").json().has("components")).isFalse();

		JsonNode components = api.as("admin").get("/actuator/health").json().get("components");
		assertThat(components.get("db").get("status").asText()).isEqualTo("UP");
		JsonNode jobExecutor = components.get("jobExecutor");
		assertThat(jobExecutor.get("status").asText()).isEqualTo("UP");
		assertThat(jobExecutor.get("details").get("active").asBoolean()).isTrue();
		assertThat(jobExecutor.get("details").has("dueJobs")).isTrue();
		assertThat(jobExecutor.get("details").has("incidents")).isTrue();
		JsonNode outbox = components.get("outbox").get("details");
		assertThat(outbox.get("pending").isNumber()).isTrue();
		assertThat(outbox.get("failed").isNumber()).isTrue();
		assertThat(outbox.get("oldestPendingAgeSeconds").isNumber()).isTrue();
		assertThat(components.has("mail")).as("an unreachable mail server is the outbox's business").isFalse();

		assertThat(api.anonymous().get("/actuator/health/liveness").expect(200).get("status").asText()).isEqualTo("UP");
		assertThat(api.anonymous().get("/actuator/health/readiness").expect(200).get("status").asText())
			.isEqualTo("UP");
		JsonNode readiness = api.as("admin").get("/actuator/health/readiness").expect(200).get("components");
		assertThat(readiness.has("db")).as("a node is ready when its database answers").isTrue();
		assertThat(readiness.has("outbox")).as("a mail backlog does not take a node out of service").isFalse();
	}

	@Test
	void prometheusScrapesTheBusinessMetricsWithAnAdministratorsCredentials() {
		api.anonymous().get("/actuator/prometheus").expect(401);
		api.as("officer").get("/actuator/prometheus").expect(403);
		api.as("officer").get("/actuator/metrics").expect(403);

		String scrape = api.as("admin").get("/actuator/prometheus").ok().text();
		assertThat(scrape).contains("guichet_dossiers{", "scheme=\"LOCATION_ESS\"", "status=\"SUBMITTED\"",
				"guichet_outbox_mails{", "state=\"FAILED\"", "guichet_engine_failed_jobs", "guichet_engine_due_jobs",
				"jvm_memory_used_bytes");
		assertThat(scrape).as("the demo envelopes, as the ledger gives them")
			.containsPattern("guichet_envelope_amount_euros\\{.*kind=\"allocated\".*scheme=\"LOCATION_ESS\".*\\} [0-9.E]+")
			.contains("kind=\"committed\"", "kind=\"paid\"", "kind=\"available\"");
		assertThat(api.as("admin").get("/actuator/metrics/guichet.dossiers").expect(200).get("name").asText())
			.isEqualTo("guichet.dossiers");
	}

	@Test
	void cockpitOpensForALoggedInAdministratorOnly() {
		HttpResponse<String> anonymous = WebSession.anonymous(port).get("/camunda/app/cockpit/");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/connexion"));
		assertThat(WebSession.logIn(port, "officer").get("/camunda/app/cockpit/").statusCode()).isEqualTo(403);
		assertThat(api.as("admin").get("/camunda/api/engine/engine/").status())
			.as("HTTP Basic is no way into Cockpit").isIn(302, 401, 403);

		// this application's engine, by name: an earlier test of the same JVM (the restart test) started another one
		String engine = processEngine.getName();
		WebSession admin = WebSession.logIn(port, "admin");
		HttpResponse<String> cockpit = follow(admin, "/camunda/app/cockpit/" + engine + "/");
		assertThat(cockpit.statusCode()).isEqualTo(200);
		assertThat(cockpit.body()).containsIgnoringCase("cockpit");
		HttpResponse<String> engines = admin.get("/camunda/api/engine/engine/");
		assertThat(engines.statusCode()).isEqualTo(200);
		assertThat(engines.body()).contains("\"" + engine + "\"");
		HttpResponse<String> user = admin.get("/camunda/api/admin/auth/user/" + engine);
		assertThat(user.statusCode()).as(user.body()).isEqualTo(200);
		assertThat(user.body()).contains("\"userId\":\"admin\"", "cockpit");
	}

	/** Follows the redirects of Camunda's web application (to the engine's page), a few at most. */
	private static HttpResponse<String> follow(WebSession session, String path) {
		HttpResponse<String> response = session.get(path);
		for (int hops = 0; hops < 3 && response.statusCode() / 100 == 3; hops++) {
			response = session.get(response.headers().firstValue("Location").orElseThrow());
		}
		return response;
	}

}
