package fr.metropolerouen.guichetess.dossier;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.DossierSteps;
import fr.metropolerouen.guichetess.support.WebSession;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /api/dossiers?q=: the officer finds a dossier by the beginning of words of its reference, organisation or
 * project, without accents or capitals, and the search follows the dossier's changes. Each test's project title
 * carries a word of its own, so the other tests' dossiers never match.
 */
class DossierSearchIntegrationTests extends ApiIntegrationTest {

	@Autowired
	private JdbcTemplate jdbc;

	private final String marker = "zx" + new java.util.Random().ints(8, 'a', 'z' + 1)
		.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);

	@Test
	void theOfficerFindsADossierByWordBeginningsWithoutAccentsOrCapitals() {
		DossierSteps.Applicant applicant = steps.newApplicant();
		String id = draft(applicant, "Rénovation du Théâtre Écarlate " + marker);

		assertThat(found("officer", "ecarlate " + marker)).containsExactly(id);
		assertThat(found("officer", "RENOV THEA " + marker.substring(0, 5))).containsExactly(id);
		assertThat(found("officer", "Structure d'essai n° " + applicant.organisationName().replaceAll("\\D", "") + " "
				+ marker)).containsExactly(id);
		assertThat(found("officer", "THÉÂTRE " + marker)).containsExactly(id);
		assertThat(found("officer", "écarlates " + marker)).isEmpty();
		assertThat(found("officer", marker + "q")).isEmpty();
	}

	@Test
	void theOfficersDossierPageSearchesTheSameWay() throws Exception {
		String title = "Rénovation de la Halle Écarlate " + marker;
		draft(steps.newApplicant(), title);
		draft(steps.newApplicant(), "Location de la Halle Verte " + marker);

		String page = WebSession.logIn(port, "officer")
			.get("/instruction/dossiers?q=" + URLEncoder.encode("renovation HALLE " + marker, StandardCharsets.UTF_8))
			.body();

		assertThat(Jsoup.parse(page).text()).contains(title).doesNotContain("Location de la Halle Verte");
	}

	@Test
	void theSearchFollowsTheDraftAndTheReferenceGivenAtSubmission() {
		DossierSteps.Applicant applicant = steps.newApplicant();
		Map<String, Object> data = DossierSteps.projectData(DossierSteps.IMMOBILIER);
		data.put("projectTitle", "Ressourcerie des quais " + marker);
		String id = steps.createDraft(applicant.username(), data);
		data.put("projectTitle", "Recyclerie des quais " + marker);
		api.as(applicant.username()).put("/api/dossiers/" + id, data).expect(200);

		assertThat(found("officer", "ressourcerie " + marker)).isEmpty();
		assertThat(found("officer", "recyclerie " + marker)).containsExactly(id);

		steps.uploadRequiredDocuments(applicant.username(), id, DossierSteps.IMMOBILIER);
		String reference = steps.submit(applicant.username(), id).get("reference").asText();

		assertThat(found("officer", reference)).containsExactly(id);
		assertThat(found("officer", reference.toLowerCase())).containsExactly(id);
	}

	@Test
	void anApplicantSearchesOnlyItsOwnDossiers() {
		DossierSteps.Applicant owner = steps.newApplicant();
		DossierSteps.Applicant other = steps.newApplicant();
		String id = draft(owner, "Épicerie solidaire " + marker);

		assertThat(found(owner.username(), "epicerie " + marker)).containsExactly(id);
		assertThat(found(other.username(), "epicerie " + marker)).isEmpty();
	}

	@Test
	void dossiersWrittenWithoutTheirWordsAreIndexedInBulk() {
		String id = draft(steps.newApplicant(), "Conserverie coopérative " + marker);
		// as the bulk data generator or a database restored from before migration 16 leaves them
		jdbc.update("delete from dossier_search_term where dossier_id = ?", java.util.UUID.fromString(id));
		assertThat(found("officer", "conserverie " + marker)).isEmpty();

		DossierSearchIndex.indexMissing(jdbc);

		assertThat(found("officer", "conserverie cooperative " + marker)).containsExactly(id);
	}

	private String draft(DossierSteps.Applicant applicant, String title) {
		Map<String, Object> data = DossierSteps.projectData(DossierSteps.IMMOBILIER);
		data.put("projectTitle", title);
		return steps.createDraft(applicant.username(), data);
	}

	private List<String> found(String user, String query) {
		JsonNode page = api.as(user)
			// the client encodes the query string itself (UTF-8)
			.get("/api/dossiers?size=100&q=" + query)
			.expect(200);
		List<String> ids = new ArrayList<>();
		page.get("content").forEach(dossier -> ids.add(dossier.get("id").asText()));
		return ids;
	}

}
