package fr.metropolerouen.guichetess.api;

import java.math.BigDecimal;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.support.Api;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.DossierSteps;
import fr.metropolerouen.guichetess.support.Pdfs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static fr.metropolerouen.guichetess.support.DossierSteps.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview of a decision letter before the session closes: the decision recorded on the agenda (or the proposal),
 * marked as a draft, for the officer and the secretary only, and never stored nor mailed.
 */
class DecisionLetterPreviewIntegrationTests extends ApiIntegrationTest {

	private static final String DRAFT = "PROJET – document non notifié";

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theGrantRecordedOnAnOpenSessionIsPreviewedAsADraftAndNothingIsStoredNorSent() {
		String applicant = steps.newApplicant().username();
		String id = steps.awaitingCommittee(applicant, DossierSteps.projectData(LOCATION), new BigDecimal("1500.00"));
		String session = onTheAgenda(id);

		// before any decision: the officer's proposal
		assertThat(preview("officer", id, "GRANT_DECISION")).contains(DRAFT, "1 500,00 €");

		steps.decide(session, id, "GRANTED", new BigDecimal("1234.00"), null).expect(200);
		JsonNode lettersBefore = api.as("officer").get("/api/dossiers/" + id + "/letters").expect(200);
		int mailsBefore = mails(id);

		String text = preview("officer", id, "GRANT_DECISION");
		assertThat(text).contains(DRAFT, "une subvention d'un montant de 1 234,00 €").doesNotContain("1 500,00 €");
		assertThat(preview("committee", id, "GRANT_DECISION")).contains(DRAFT, "1 234,00 €");

		assertThat(api.as("officer").get("/api/dossiers/" + id + "/letters").expect(200)).isEqualTo(lettersBefore);
		assertThat(DossierSteps.lettersAfterReceipt(steps.dossier("officer", id))).isEmpty();
		assertThat(mails(id)).isEqualTo(mailsBefore);
		assertThat(steps.dossier("officer", id).get("status").asText()).isEqualTo("AWAITING_COMMITTEE");

		Api.Response forbidden = api.as(applicant).get("/api/dossiers/" + id + "/letters/preview?kind=GRANT_DECISION");
		assertThat(forbidden.status()).isEqualTo(403);
		JsonNode mismatch = api.as("officer")
			.get("/api/dossiers/" + id + "/letters/preview?kind=REFUSAL_DECISION")
			.expect(409);
		assertThat(mismatch.get("detail").asText()).contains("aide accordée");
	}

	@Test
	void aRecordedRefusalIsPreviewedWithItsReasonsAndADossierNotBeforeTheBureauHasNoPreview() {
		String id = steps.awaitingCommittee(steps.newApplicant().username(), DossierSteps.projectData(LOCATION),
				new BigDecimal("1000.00"));
		String session = onTheAgenda(id);
		steps.decide(session, id, "REFUSED", null, "Le projet ne crée pas d'emploi sur le territoire.").expect(200);

		assertThat(preview("committee", id, "REFUSAL_DECISION")).contains(DRAFT,
				"Le projet ne crée pas d'emploi sur le territoire.");

		String submitted = steps.submitted(steps.newApplicant().username(), DossierSteps.projectData(LOCATION))
			.get("id")
			.asText();
		JsonNode notYet = api.as("officer")
			.get("/api/dossiers/" + submitted + "/letters/preview?kind=GRANT_DECISION")
			.expect(409);
		assertThat(notYet.get("detail").asText()).contains("n'attend pas la décision du Bureau");
	}

	/** A new session of today with the dossier on its agenda. */
	private String onTheAgenda(String dossierId) {
		String session = steps.session("Bureau de l'aperçu");
		steps.putOnAgenda(session, dossierId);
		return session;
	}

	private String preview(String user, String dossierId, String kind) {
		Api.Response pdf = api.as(user).get("/api/dossiers/" + dossierId + "/letters/preview?kind=" + kind).ok();
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		return Pdfs.text(pdf.body());
	}

	private int mails(String dossierId) {
		return jdbc.queryForObject("select count(*) from outbound_mail where dossier_id = ?", Integer.class,
				UUID.fromString(dossierId));
	}

}
