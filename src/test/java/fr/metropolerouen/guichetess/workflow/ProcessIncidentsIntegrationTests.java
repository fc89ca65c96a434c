package fr.metropolerouen.guichetess.workflow;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.DossierSteps;
import fr.metropolerouen.guichetess.support.WebSession;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static fr.metropolerouen.guichetess.support.DossierSteps.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A real failed job: the eligibility step of a dossier fails because the dossier names a rule-set version that does
 * not exist (its row is broken on purpose, then repaired). Once its retries are exhausted it is an incident: the
 * administrators see it in the API and their pages, the officer sees the alert on the dossier page without the retry
 * button, and an administrator's retry runs the step again, which is recorded in the dossier's timeline.
 */
class ProcessIncidentsIntegrationTests extends ApiIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Test
	void aFailedStepIsShownOnTheDossierAndAnAdministratorRunsItAgain() {
		String applicant = steps.newApplicant().username();
		JsonNode submitted = steps.submitted(applicant, DossierSteps.projectData(LOCATION));
		String id = submitted.get("id").asText();
		String reference = submitted.get("reference").asText();
		steps.awaitTask("officer", id, "COMPLETENESS_CHECK");
		String processInstanceId = processInstanceOf(id);
		String ruleSetVersion = jdbc.queryForObject("select rule_set_version from dossier where id = ?", String.class,
				UUID.fromString(id));
		// the eligibility job is held back while the dossier is declared complete (that request reads the rule set
		// too), then its dossier is broken and it is let go
		String eligibilityJobs = management.createJobDefinitionQuery()
			.processDefinitionId(runtime.createProcessInstanceQuery()
				.processInstanceId(processInstanceId)
				.singleResult()
				.getProcessDefinitionId())
			.activityIdIn("Task_AssessEligibility")
			.singleResult()
			.getId();
		management.suspendJobDefinitionById(eligibilityJobs);
		try {
			steps.declareComplete(id);
			jdbc.update("update dossier set rule_set_version = 'inexistante' where id = ?", UUID.fromString(id));
		}
		finally {
			management.activateJobDefinitionById(eligibilityJobs, true);
		}
		Job job = exhaustRetriesOfTheFailingJob(processInstanceId);

		JsonNode incidents = api.as("admin").get("/api/admin/dossiers/" + id + "/incidents").expect(200);
		assertThat(incidents).hasSize(1);
		JsonNode incident = incidents.get(0);
		assertThat(incident.get("activityName").asText()).isEqualTo("Évaluer l'éligibilité");
		assertThat(incident.get("reference").asText()).isEqualTo(reference);
		assertThat(incident.get("jobId").asText()).isEqualTo(job.getId());
		assertThat(incident.get("message").asText()).contains("Version de règlement introuvable")
			.doesNotContain("\n", "at org.");
		assertThat(incident.get("occurredAt").asText()).isNotBlank();
		String incidentId = incident.get("id").asText();
		assertThat(api.as("admin").get("/api/admin/incidents").expect(200).findValuesAsText("id")).contains(incidentId);
		api.as("officer").get("/api/admin/dossiers/" + id + "/incidents").expect(403);
		api.as("officer").get("/api/admin/incidents").expect(403);
		api.as("admin").post("/api/admin/dossiers/" + id + "/incidents/inconnu/retry").expect(404);
		api.as("admin").post("/api/admin/dossiers/" + UUID.randomUUID() + "/incidents/" + incidentId + "/retry")
			.expect(404);

		// repaired: the incident stays until an administrator retries the step
		jdbc.update("update dossier set rule_set_version = ? where id = ?", ruleSetVersion, UUID.fromString(id));
		String officerPage = WebSession.logIn(port, "officer").get("/instruction/dossiers/" + id).body();
		assertThat(officerPage).contains("Incident technique", "Évaluer l&#39;éligibilité")
			.doesNotContain("Relancer", "Version de règlement introuvable");
		WebSession admin = WebSession.logIn(port, "admin");
		String adminList = admin.get("/admin/incidents").body();
		assertThat(adminList).contains(reference, "Évaluer l&#39;éligibilité", "Relancer", "Incidents techniques");
		assertThat(admin.get("/admin/dossiers/" + id + "/incidents").body()).contains(reference, "Relancer");

		HttpResponse<String> retried = admin.submit("/admin/dossiers/" + id + "/incidents",
				"/admin/dossiers/" + id + "/incidents/" + incidentId + "/relance", Map.of("retour", "dossier"));
		assertThat(retried.statusCode()).isEqualTo(302);
		assertThat(retried.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/admin/dossiers/" + id + "/incidents"));

		steps.awaitTask("officer", id, "REVIEW");
		assertThat(api.as("admin").get("/api/admin/dossiers/" + id + "/incidents").expect(200)).isEmpty();
		assertThat(api.as("admin").get("/api/admin/incidents").expect(200).findValuesAsText("id"))
			.doesNotContain(incidentId);
		assertThat(WebSession.logIn(port, "officer").get("/instruction/dossiers/" + id).body())
			.doesNotContain("Incident technique");
		JsonNode retry = timelineEntry(steps.dossier("officer", id), "STEP_RETRIED");
		assertThat(retry.get("actor").asText()).isEqualTo("admin");
		assertThat(retry.get("details").asText()).contains("Évaluer l'éligibilité");
		assertThat(timelineEntry(steps.dossier(applicant, id), "STEP_RETRIED").get("details").isNull())
			.as("the technical cause is not shown to the applicant")
			.isTrue();
	}

	/**
	 * The job executor's first attempt fails (its next attempt is then 5 minutes away on the engine clock); the
	 * remaining attempts are run here, each failing the same way, until none is left and the incident opens.
	 */
	private Job exhaustRetriesOfTheFailingJob(String processInstanceId) {
		Job failed = Awaitility.await("the eligibility job's first failure")
			.atMost(PATIENCE)
			.until(() -> management.createJobQuery().processInstanceId(processInstanceId).withException().singleResult(),
					job -> job != null);
		for (int attempt = 0; attempt < 10 && job(failed.getId()).getRetries() > 0; attempt++) {
			Throwable failure = catchThrowable(() -> management.executeJob(failed.getId()));
			assertThat(failure).as("the step fails while the dossier's rule set is unknown").isNotNull();
		}
		Job exhausted = job(failed.getId());
		assertThat(exhausted.getRetries()).isZero();
		return exhausted;
	}

	private String processInstanceOf(String dossierId) {
		return runtime.createProcessInstanceQuery()
			.processDefinitionKey(DossierProcess.KEY)
			.variableValueEquals(DossierProcess.Variables.DOSSIER_ID, dossierId)
			.singleResult()
			.getId();
	}

	private Job job(String id) {
		return management.createJobQuery().jobId(id).singleResult();
	}

	private static JsonNode timelineEntry(JsonNode dossier, String action) {
		List<JsonNode> entries = dossier.get("timeline").findParents("action");
		return entries.stream()
			.filter(entry -> action.equals(entry.get("action").asText()))
			.findFirst()
			.orElseThrow(() -> new AssertionError(action + " missing from the timeline: " + dossier.get("timeline")));
	}

}
