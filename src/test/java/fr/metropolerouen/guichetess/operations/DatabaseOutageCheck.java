package fr.metropolerouen.guichetess.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import fr.metropolerouen.guichetess.support.Api;
import fr.metropolerouen.guichetess.support.DossierSteps;

/**
 * PostgreSQL stopped under a running service, then started again: the health endpoint says DOWN while the database
 * is away (so that the load balancer stops sending users there) and UP again when it is back, without a restart of
 * the service; meanwhile the API answers a clear 503 and nothing already saved is lost.
 */
class DatabaseOutageCheck extends SingleNodeCheck {

	@Test
	void healthIsDownWhileTheDatabaseIsStoppedAndUpAgainWhenItIsBackWithoutARestart() throws Exception {
		start("outage-node");
		String before = steps.submitted(steps.newApplicant().username(), DossierSteps.projectData(DossierSteps.LOCATION))
			.get("id")
			.asText();

		database.stop();
		long stoppedAt = System.nanoTime();
		Awaitility.await("health DOWN").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
			.until(node::health, "DOWN"::equals);
		Duration down = Duration.ofNanos(System.nanoTime() - stoppedAt);
		Api.Response duringOutage = workload.api().as("officer").get("/api/dossiers/" + before);

		database.start();
		long restartedAt = System.nanoTime();
		Awaitility.await("health UP").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
			.until(node::health, "UP"::equals);
		Duration up = Duration.ofNanos(System.nanoTime() - restartedAt);

		new OperationsReport("Database outage (PostgreSQL stopped, then started again)")
			.put("health DOWN after the stop", Workload.seconds(down))
			.put("API answer during the outage", duringOutage.status() + " " + duringOutage.contentType())
			.put("health UP after the start (same JVM, no restart)", Workload.seconds(up))
			.write();

		assertThat(duringOutage.status()).as("answer during the outage: %s", duringOutage.text()).isEqualTo(503);
		assertThat(duringOutage.contentType()).startsWith("application/problem+json");
		assertThat(steps.dossier("officer", before).get("status").asText()).isNotEqualTo("DRAFT");
		String after = steps.submitted(steps.newApplicant().username(), DossierSteps.projectData(DossierSteps.LOCATION))
			.get("id")
			.asText();
		steps.declareComplete(before);
		steps.declareComplete(after);
	}

}
