package fr.metropolerouen.guichetess.workflow;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.support.Api;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.DossierSteps;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /api/tasks reads a page at a time when asked (page, size), with the number of open tasks in a header; without
 * them, clients get the list they always had.
 */
class TaskPagingIntegrationTests extends ApiIntegrationTest {

	@Test
	void theOfficerReadsTheInboxOnePageAtATimeWithTheTotal() {
		for (int i = 0; i < 3; i++) {
			String id = steps.submitted(steps.newApplicant().username(), DossierSteps.projectData(DossierSteps.IMMOBILIER))
				.get("id")
				.asText();
			steps.awaitTask("officer", id, "COMPLETENESS_CHECK");
		}

		Api.Response first = api.as("officer").get("/api/tasks?size=2");
		Api.Response second = api.as("officer").get("/api/tasks?page=1&size=2");

		assertThat(first.status()).isEqualTo(200);
		assertThat(ids(first)).hasSize(2);
		assertThat(Long.parseLong(first.headers().getFirst("X-Total-Count"))).isGreaterThanOrEqualTo(3);
		assertThat(ids(second)).isNotEmpty().doesNotContainAnyElementsOf(ids(first));
		Api.Response everything = api.as("officer").get("/api/tasks");
		assertThat(everything.headers().getFirst("X-Total-Count")).isNull();
		assertThat(ids(everything)).startsWith(ids(first).toArray(String[]::new));
		api.as("officer").get("/api/tasks?size=0").expect(400);
		api.as("officer").get("/api/tasks?page=-1").expect(400);
	}

	private static List<String> ids(Api.Response response) {
		List<String> ids = new ArrayList<>();
		for (JsonNode task : response.json()) {
			ids.add(task.get("id").asText());
		}
		return ids;
	}

}
