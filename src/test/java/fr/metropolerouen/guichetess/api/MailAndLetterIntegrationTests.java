package fr.metropolerouen.guichetess.api;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.letter.LetterKind;
import fr.metropolerouen.guichetess.letter.Letters;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.DossierSteps;
import fr.metropolerouen.guichetess.support.DossierSteps.Applicant;
import fr.metropolerouen.guichetess.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static fr.metropolerouen.guichetess.support.DossierSteps.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

/** A mail is never lost because the mail server was down, and a letter is issued once, whatever is retried. */
class MailAndLetterIntegrationTests extends ApiIntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Letters letters;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aMailQueuedWhileTheServerIsDownIsDeliveredWhenItComesBack() throws Exception {
		TestMailServer.stop();
		String reference;
		String id;
		try {
			JsonNode submitted = steps.submitted("applicant-b", DossierSteps.projectData(LOCATION));
			id = submitted.get("id").asText();
			reference = submitted.get("reference").asText();
			Map<String, Object> attempted = Awaitility.await("a failed delivery attempt")
				.atMost(Duration.ofSeconds(30))
				.until(() -> outboxRow(id), row -> ((Number) row.get("attempts")).intValue() >= 1
						&& "PENDING".equals(row.get("status")));
			assertThat((String) attempted.get("last_error")).isNotBlank();
		}
		finally {
			TestMailServer.restart();
		}
		MimeMessage delivered = TestMailServer.awaitMail("applicant-b@guichet-ess.example",
				"Accusé de réception de votre demande " + reference);
		assertThat(delivered.getSubject()).contains(reference);
		Awaitility.await("the mail marked sent")
			.atMost(Duration.ofSeconds(30))
			.until(() -> outboxRow(id).get("status"), "SENT"::equals);
		assertThat(TestMailServer.received("applicant-b@guichet-ess.example", reference)).hasSize(1);
	}

	@Test
	void issuingALetterAgainReturnsTheLetterAlreadyIssued() {
		String id = steps.granted(steps.newApplicant().username(), DossierSteps.projectData(LOCATION),
				new BigDecimal("700.00"));
		JsonNode first = steps.awaitLetter("officer", id, "GRANT_DECISION");

		var again = transactions.execute(status -> letters.issue(UUID.fromString(id), LetterKind.GRANT_DECISION));

		assertThat(again.id().toString()).isEqualTo(first.get("id").asText());
		assertThat(again.sha256()).isEqualTo(first.get("sha256").asText());
		assertThat(DossierSteps.letters(steps.dossier("officer", id), "GRANT_DECISION")).hasSize(1);
		assertThat(jdbc.queryForObject("select count(*) from outbound_mail where attachment_letter_id = ?",
				Integer.class, UUID.fromString(first.get("id").asText()))).isEqualTo(1);
	}

	@Test
	void mailsQueuedWhileTheServerIsDownArriveExactlyOnceWhenItComesBackAndTheirStateIsVisible() {
		List<Applicant> applicants = List.of(steps.newApplicant(), steps.newApplicant(), steps.newApplicant());
		Map<String, String> references = new HashMap<>();
		TestMailServer.stop();
		try {
			for (Applicant applicant : applicants) {
				JsonNode submitted = steps.submitted(applicant.username(), DossierSteps.projectData(LOCATION));
				references.put(submitted.get("id").asText(), applicant.email());
			}
			for (String id : references.keySet()) {
				JsonNode waiting = Awaitility.await("a failed attempt shown to the officer")
					.atMost(Duration.ofSeconds(30))
					.until(() -> acknowledgement(id), mail -> mail != null && mail.get("attempts").asInt() >= 1
							&& "PENDING".equals(mail.get("status").asText()));
				assertThat(waiting.get("lastError").asText()).isNotBlank();
				assertThat(waiting.get("statusLabel").asText()).isEqualTo("En attente d'envoi");
				assertThat(waiting.get("nextAttemptAt").isNull()).isFalse();
			}
		}
		finally {
			TestMailServer.restart();
		}
		for (Map.Entry<String, String> dossier : references.entrySet()) {
			String reference = steps.dossier("officer", dossier.getKey()).get("reference").asText();
			TestMailServer.awaitMail(dossier.getValue(), "Accusé de réception de votre demande " + reference);
			Awaitility.await("the mail shown as sent")
				.atMost(Duration.ofSeconds(30))
				.until(() -> acknowledgement(dossier.getKey()).get("status").asText(), "SENT"::equals);
		}
		// retries keep running: a mail already accepted must not go out again
		Awaitility.await("no second delivery").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> {
			for (Map.Entry<String, String> dossier : references.entrySet()) {
				String reference = steps.dossier("officer", dossier.getKey()).get("reference").asText();
				if (TestMailServer.received(dossier.getValue(), "Accusé de réception de votre demande " + reference)
					.size() != 1) {
					return false;
				}
			}
			return true;
		});
		assertThat(api.as(applicants.get(0).username()).get("/api/dossiers/" + references.keySet().iterator().next()
				+ "/mails").status()).as("the outbox is for staff").isEqualTo(403);
	}

	@Test
	void aMailGivenUpIsListedForOperatorsAndGoesOutOnceWhenSentAgain() {
		Applicant applicant = steps.newApplicant();
		String id;
		TestMailServer.stop();
		try {
			id = steps.submitted(applicant.username(), DossierSteps.projectData(LOCATION)).get("id").asText();
			// as if the last attempt allowed had failed: marked between two attempts, never while one runs
			Awaitility.await("a failed attempt, then given up").atMost(Duration.ofSeconds(30))
				.until(() -> jdbc.update("update outbound_mail set status = 'FAILED' where dossier_id = ? and subject"
						+ " like ? and status = 'PENDING' and attempts >= 1", UUID.fromString(id), "Accusé de réception%"),
						updated -> updated == 1);
		}
		finally {
			TestMailServer.restart();
		}
		String mailId = acknowledgement(id).get("id").asText();
		assertThat(api.as("admin").get("/api/mails?status=FAILED").expect(200))
			.extracting(mail -> mail.get("id").asText())
			.contains(mailId);
		String reference = steps.dossier("officer", id).get("reference").asText();
		Awaitility.await("a failed mail is not retried by itself").during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(5))
			.until(() -> TestMailServer.received(applicant.email(), reference).isEmpty());

		assertThat(api.as("officer").post("/api/mails/" + mailId + "/retry").expect(200).get("status").asText())
			.isIn("PENDING", "SENDING", "SENT");
		TestMailServer.awaitMail(applicant.email(), "Accusé de réception de votre demande " + reference);
		Awaitility.await("sent").atMost(Duration.ofSeconds(30))
			.until(() -> acknowledgement(id).get("status").asText(), "SENT"::equals);
		assertThat(TestMailServer.received(applicant.email(), reference)).hasSize(1);
		assertThat(api.as("officer").post("/api/mails/" + mailId + "/retry").status()).isEqualTo(409);
		assertThat(api.as("finance").post("/api/mails/" + mailId + "/retry").status()).isEqualTo(403);
	}

	@Test
	void theDeliveryOfALetterIsRecordedOnTheDossiersTimeline() {
		Applicant applicant = steps.newApplicant();
		String id = steps.granted(applicant.username(), DossierSteps.projectData(LOCATION), new BigDecimal("600.00"));

		JsonNode dossier = steps.awaitDossier("officer", id, "the grant letter's delivery on the timeline",
				d -> grantLetterSent(d) != null);

		assertThat(grantLetterSent(dossier).get("details").asText()).contains(applicant.email());
		assertThat(grantLetterSent(dossier).get("actor").asText()).isNotBlank();
	}

	private static JsonNode grantLetterSent(JsonNode dossier) {
		for (JsonNode entry : dossier.get("timeline")) {
			if (entry.get("action").asText().equals("LETTER_SENT")
					&& entry.get("details").asText().contains("Notification d'attribution de l'aide")) {
				return entry;
			}
		}
		return null;
	}

	private JsonNode acknowledgement(String dossierId) {
		for (JsonNode mail : api.as("officer").get("/api/dossiers/" + dossierId + "/mails").expect(200)) {
			if (mail.get("subject").asText().startsWith("Accusé de réception")) {
				return mail;
			}
		}
		return null;
	}

	private Map<String, Object> outboxRow(String dossierId) {
		return jdbc.queryForMap(
				"select status, attempts, last_error from outbound_mail where dossier_id = ? and subject like ?",
				UUID.fromString(dossierId), "Accusé de réception%");
	}

}
