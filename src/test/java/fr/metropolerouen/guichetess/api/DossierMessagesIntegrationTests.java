package fr.metropolerouen.guichetess.api;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.DossierSteps;
import fr.metropolerouen.guichetess.support.DossierSteps.Applicant;
import fr.metropolerouen.guichetess.support.TestMailServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import static fr.metropolerouen.guichetess.support.DossierSteps.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

/** The written exchange on a dossier between its applicant and the officers. */
class DossierMessagesIntegrationTests extends ApiIntegrationTest {

	@Test
	void theApplicantAndTheOfficerWriteToEachOtherAndTheApplicantIsToldByMailWithoutTheMessage()
			throws Exception {
		Applicant applicant = steps.newApplicant();
		String id = steps.submitted(applicant.username(), DossierSteps.projectData(LOCATION)).get("id").asText();
		String path = "/api/dossiers/" + id + "/messages";

		api.as(applicant.username()).post(path, Map.of("body", "Le bail est signé, faut-il l'envoyer ?")).expect(201);
		JsonNode answer = api.as("officer").post(path, Map.of("body", "Oui, avec l'état des lieux.")).expect(201);
		assertThat(answer.get("authorRole").asText()).isEqualTo("OFFICER");

		JsonNode thread = api.as(applicant.username()).get(path).expect(200);
		assertThat(thread).extracting(message -> message.get("body").asText())
			.containsExactly("Le bail est signé, faut-il l'envoyer ?", "Oui, avec l'état des lieux.");
		assertThat(thread).extracting(message -> message.get("author").asText())
			.containsExactly(applicant.username(), "officer");
		assertThat(api.as("finance").get(path).expect(200)).as("every staff role reads the exchange").hasSize(2);

		JsonNode timeline = steps.dossier(applicant.username(), id).get("timeline");
		assertThat(timeline).filteredOn(entry -> entry.get("action").asText().equals("MESSAGE_SENT"))
			.extracting(entry -> entry.get("actor").asText())
			.containsExactly(applicant.username(), "officer");

		MimeMessage mail = TestMailServer.awaitMail(applicant.email(), "Nouveau message sur votre dossier");
		assertThat(body(mail)).contains("connectez-vous au Guichet ESS").doesNotContain("état des lieux");
	}

	@Test
	void nobodyElseWritesOrReadsAndAnEmptyMessageIsRefusedWithoutChangingTheExchange() {
		Applicant applicant = steps.newApplicant();
		String id = steps.submitted(applicant.username(), DossierSteps.projectData(LOCATION)).get("id").asText();
		String path = "/api/dossiers/" + id + "/messages";

		assertThat(api.as("applicant-b").get(path).status()).isEqualTo(404);
		assertThat(api.as("applicant-b").post(path, Map.of("body", "Bonjour")).status()).isEqualTo(404);
		assertThat(api.as("finance").post(path, Map.of("body", "Bonjour")).status()).isEqualTo(403);
		JsonNode refused = api.as(applicant.username()).post(path, Map.of("body", "   ")).expect(400);
		assertThat(refused.toString()).contains("body", "est obligatoire");
		assertThat(api.as("officer").get(path).expect(200)).isEmpty();
	}

	@Test
	void aDraftHasNoExchangeYet() {
		Applicant applicant = steps.newApplicant();
		String id = steps.createDraft(applicant.username(), DossierSteps.projectData(LOCATION));

		JsonNode refused = api.as(applicant.username())
			.post("/api/dossiers/" + id + "/messages", Map.of("body", "Bonjour"))
			.expect(409);
		assertThat(refused.get("detail").asText()).contains("pas encore déposé");
	}

	private static String body(MimeMessage mail) throws MessagingException, java.io.IOException {
		Object content = mail.getContent();
		if (content instanceof String text) {
			return text;
		}
		jakarta.mail.Multipart parts = (jakarta.mail.Multipart) content;
		return String.valueOf(parts.getBodyPart(0).getContent());
	}

}
