package fr.metropolerouen.guichetess.api;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.letter.LetterKind;
import fr.metropolerouen.guichetess.letter.Letters;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.DossierSteps;
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

	private Map<String, Object> outboxRow(String dossierId) {
		return jdbc.queryForMap(
				"select status, attempts, last_error from outbound_mail where dossier_id = ? and subject like ?",
				UUID.fromString(dossierId), "Accusé de réception%");
	}

}
