package fr.metropolerouen.guichetess.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.support.Api;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.DossierSteps;
import org.junit.jupiter.api.Test;

import static fr.metropolerouen.guichetess.support.DossierSteps.IMMOBILIER;
import static fr.metropolerouen.guichetess.support.DossierSteps.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jobs an application declares (issue 12): the organisation's headcount, the jobs the project creates and those
 * it keeps, through the API. Optional for API clients; a headcount left out is the organisation's employees at
 * submission.
 */
class DeclaredJobsIntegrationTests extends ApiIntegrationTest {

	@Test
	void aDraftReturnsTheJobsItDeclaresAndAnUpdateReplacesThem() {
		String applicant = steps.newApplicant().username();
		Map<String, Object> data = DossierSteps.projectData(LOCATION);
		data.put("headcount", 7);
		data.put("jobsCreated", 0);
		data.put("jobsKept", 4);

		String id = steps.createDraft(applicant, data);

		assertThat(jobs(steps.dossier(applicant, id))).containsExactly("7", "0", "4");
		data.put("jobsCreated", 2);
		data.remove("jobsKept");
		api.as(applicant).put("/api/dossiers/" + id, data).expect(200);
		assertThat(jobs(steps.dossier(applicant, id))).containsExactly("7", "2", "null");
		assertThat(jobs(steps.dossier("officer", id))).containsExactly("7", "2", "null");
	}

	@Test
	void submissionWithoutHeadcountRecordsTheOrganisationsEmployees() {
		String applicant = steps.newApplicant().username();
		int employees = api.as(applicant).get("/api/organisations/me").expect(200).get("employees").asInt();
		Map<String, Object> data = DossierSteps.projectData(IMMOBILIER);
		data.remove("headcount");
		data.remove("jobsCreated");
		data.remove("jobsKept");

		String id = steps.createDraft(applicant, data);
		assertThat(jobs(steps.dossier(applicant, id))).as("a draft keeps what was declared: nothing")
			.containsExactly("null", "null", "null");
		steps.uploadRequiredDocuments(applicant, id, IMMOBILIER);
		JsonNode submitted = steps.submit(applicant, id);

		assertThat(submitted.get("status").asText()).isEqualTo("SUBMITTED");
		assertThat(jobs(submitted)).containsExactly(String.valueOf(employees), "null", "null");
		assertThat(jobs(steps.dossier("officer", id))).containsExactly(String.valueOf(employees), "null", "null");
	}

	@Test
	void submissionKeepsADeclaredHeadcount() {
		String applicant = steps.newApplicant().username();
		Map<String, Object> data = DossierSteps.projectData(IMMOBILIER);
		data.put("headcount", 0);

		JsonNode submitted = steps.submitted(applicant, data);

		assertThat(jobs(submitted)).containsExactly("0", "2", "3");
	}

	@Test
	void aWrongCountIsRefusedOnItsFieldAndTheSavedDraftIsUnchanged() {
		String applicant = steps.newApplicant().username();
		Map<String, Object> data = DossierSteps.projectData(IMMOBILIER);
		String id = steps.createDraft(applicant, data);

		data.put("jobsKept", -1);
		assertThat(problemOn(api.as(applicant).put("/api/dossiers/" + id, data), "jobsKept"))
			.isEqualTo("doit être positif ou nul");
		data.put("jobsKept", 3);
		data.put("headcount", 100001);
		assertThat(problemOn(api.as(applicant).put("/api/dossiers/" + id, data), "headcount"))
			.isEqualTo("n'est pas plausible");
		data.put("headcount", 5);
		data.put("jobsCreated", -4);
		assertThat(problemOn(api.as(applicant).post("/api/dossiers", data), "jobsCreated"))
			.isEqualTo("doit être positif ou nul");

		assertThat(jobs(steps.dossier(applicant, id))).containsExactly("5", "2", "3");
	}

	/** headcount, jobsCreated, jobsKept as text ("null" when absent). */
	private static List<String> jobs(JsonNode dossier) {
		return Stream.of("headcount", "jobsCreated", "jobsKept")
			.map(field -> dossier.get(field).asText())
			.toList();
	}

	/** The message of the one error of a 400 problem, which must name this field. */
	private static String problemOn(Api.Response response, String field) {
		JsonNode problem = response.expect(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(problem.get("errors")).singleElement()
			.satisfies(error -> assertThat(error.get("field").asText()).isEqualTo(field));
		return problem.at("/errors/0/message").asText();
	}

}
