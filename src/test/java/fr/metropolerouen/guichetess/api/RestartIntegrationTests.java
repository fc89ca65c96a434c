package fr.metropolerouen.guichetess.api;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.GuichetEssApplication;
import fr.metropolerouen.guichetess.support.Api;
import fr.metropolerouen.guichetess.support.DossierSteps;
import fr.metropolerouen.guichetess.support.EngineClockReset;
import fr.metropolerouen.guichetess.support.TestDatabases;
import fr.metropolerouen.guichetess.support.TestInfrastructure;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static fr.metropolerouen.guichetess.support.DossierSteps.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping and starting the service keeps every dossier, task and timer: the application is started, used, stopped
 * and started again on the same database (an H2 file in the H2 run, a PostgreSQL database in the other).
 */
@ExtendWith(EngineClockReset.class)
class RestartIntegrationTests {

	@TempDir
	Path folder;

	@Test
	void dossiersTasksAndTimersSurviveARestart() {
		Map<String, Object> properties = new HashMap<>(TestDatabases.newPersistentDatabase(folder));
		properties.putAll(TestInfrastructure.mailAndStorage());
		properties.put("server.port", 0);

		String waiting;
		String reviewed;
		JsonNode waitingBefore;
		try (ConfigurableApplicationContext first = start(properties)) {
			DossierSteps steps = new DossierSteps(new Api(port(first)));
			waiting = steps.submitted("applicant-a", DossierSteps.projectData(LOCATION)).get("id").asText();
			steps.requestDocuments(waiting, List.of("COMMERCIAL_LEASE"), "Le bail n'est pas signé.");
			reviewed = steps.submitted("applicant-b", DossierSteps.projectData(LOCATION)).get("id").asText();
			steps.declareComplete(reviewed);
			steps.review(reviewed, new BigDecimal("1200.00"));
			waitingBefore = steps.dossier("applicant-a", waiting);
		}

		try (ConfigurableApplicationContext second = start(properties)) {
			DossierSteps steps = new DossierSteps(new Api(port(second)));
			assertThat(second.getEnvironment().getProperty("spring.datasource.url"))
				.isEqualTo(properties.get("spring.datasource.url"));
			JsonNode waitingAfter = steps.dossier("applicant-a", waiting);
			assertThat(waitingAfter.get("status").asText()).isEqualTo("AWAITING_DOCUMENTS");
			assertThat(waitingAfter.get("reference").asText()).isEqualTo(waitingBefore.get("reference").asText());
			assertThat(waitingAfter.get("timeline")).isEqualTo(waitingBefore.get("timeline"));
			assertThat(waitingAfter.get("documents")).isEqualTo(waitingBefore.get("documents"));
			assertThat(steps.task("applicant-a", waiting, "MISSING_DOCUMENTS")).isNotNull();
			assertThat(steps.task("committee", reviewed, "COMMITTEE_DECISION")).isNotNull();
			assertThat(steps.api().as("applicant-a").get("/api/dossiers/" + waiting + "/documents/"
					+ waitingAfter.at("/documents/0/id").asText()).status()).isEqualTo(200);

			// the closure timer set before the restart still fires after it
			ClockUtil.offset(Duration.ofDays(31).toMillis());
			steps.awaitDossier("applicant-a", waiting, "closed by the timer set before the restart",
					d -> d.get("status").asText().equals("CLOSED_WITHOUT_FOLLOW_UP"));
		}
	}

	/**
	 * Properties are given as command-line arguments: defaults would lose to application.yml. Camunda's web
	 * applications keep their engine lookup in static state: a second set of them in this JVM would leave the shared
	 * test application's Cockpit pointing to this closed one.
	 */
	private static ConfigurableApplicationContext start(Map<String, Object> properties) {
		String[] arguments = Stream.concat(properties.entrySet()
			.stream()
			.map(property -> "--" + property.getKey() + "=" + property.getValue()), Stream.of(
					"--camunda.bpm.webapp.enabled=false"))
			.toArray(String[]::new);
		return new SpringApplicationBuilder(GuichetEssApplication.class).profiles("demo", "test").run(arguments);
	}

	private static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

}
