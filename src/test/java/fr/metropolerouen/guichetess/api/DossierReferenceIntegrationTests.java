package fr.metropolerouen.guichetess.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.support.Api;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.DossierSteps;
import org.junit.jupiter.api.Test;

import static fr.metropolerouen.guichetess.support.DossierSteps.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

/** References are given per scheme and year, in order and without gaps, even to simultaneous submissions. */
class DossierReferenceIntegrationTests extends ApiIntegrationTest {

	@Test
	void simultaneousSubmissionsGetDistinctConsecutiveReferences() throws Exception {
		int count = 8;
		List<String> drafts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String id = steps.createDraft("applicant-b", DossierSteps.projectData(LOCATION));
			steps.uploadRequiredDocuments("applicant-b", id, LOCATION);
			drafts.add(id);
		}

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(count);
		List<Future<Api.Response>> submissions = new ArrayList<>();
		for (String id : drafts) {
			submissions.add(pool.submit(() -> {
				start.await();
				return api.as("applicant-b").post("/api/dossiers/" + id + "/submit");
			}));
		}
		start.countDown();
		List<Integer> numbers = new ArrayList<>();
		int year = DossierSteps.today().getYear();
		for (Future<Api.Response> submission : submissions) {
			JsonNode dossier = submission.get().expect(200);
			String reference = dossier.get("reference").asText();
			assertThat(reference).matches("DLE-" + year + "-\\d{4}");
			numbers.add(Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1)));
		}
		pool.shutdown();

		assertThat(numbers).doesNotHaveDuplicates();
		assertThat(numbers.stream().mapToInt(Integer::intValue).max().getAsInt()
				- numbers.stream().mapToInt(Integer::intValue).min().getAsInt())
			.as("no number is skipped")
			.isEqualTo(count - 1);
		String next = steps.submitted("applicant-b", DossierSteps.projectData(LOCATION)).get("reference").asText();
		assertThat(next).isEqualTo("DLE-%d-%04d".formatted(year,
				numbers.stream().mapToInt(Integer::intValue).max().getAsInt() + 1));
	}

}
