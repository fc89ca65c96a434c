package fr.metropolerouen.guichetess.api;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.DossierSteps;
import fr.metropolerouen.guichetess.support.DossierSteps.Applicant;
import fr.metropolerouen.guichetess.support.Pdfs;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

import static fr.metropolerouen.guichetess.support.DossierSteps.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The letters before the decision: the acknowledgement of receipt (CRPA L. 112-3, R. 112-5), once per dossier; a
 * request for each time documents are missing; the reminder when its timer fires (the engine clock is moved).
 */
class ProcedureLettersIntegrationTests extends ApiIntegrationTest {

	@Test
	void aSubmittedDossierGetsOneAcknowledgementWithItsReceiptDateAndTheDateOfTheImplicitRejection() {
		Applicant applicant = steps.newApplicant();
		LocalDate receipt = DossierSteps.today();
		JsonNode submitted = steps.submitted(applicant.username(), DossierSteps.projectData(LOCATION));
		String id = submitted.get("id").asText();
		String reference = submitted.get("reference").asText();

		JsonNode dossier = steps.dossier(applicant.username(), id);
		assertThat(DossierSteps.letters(dossier, "ACKNOWLEDGEMENT_OF_RECEIPT")).hasSize(1);
		assertThat(dossier.get("letters")).hasSize(1);
		assertThat(text(applicant.username(), id, DossierSteps.letters(dossier, "ACKNOWLEDGEMENT_OF_RECEIPT").get(0)))
			.contains("Accusé de réception", reference, "reçue le " + longDate(receipt),
					"réputée rejetée le " + longDate(receipt.plusMonths(2)), "L. 114-5", "Tribunal administratif de Rouen",
					"Voies et délais de recours contre une décision implicite de rejet");
	}

	@Test
	void anIncompleteDossierGetsARequestListingTheMissingDocumentsAndNoSecondAcknowledgementWhenHandedBack() {
		Applicant applicant = steps.newApplicant();
		String id = steps.submitted(applicant.username(), DossierSteps.projectData(LOCATION)).get("id").asText();

		steps.requestDocuments(id, List.of("STATUTES", "BANK_DETAILS"), "Le RIB fourni est illisible.");
		JsonNode waiting = steps.dossier(applicant.username(), id);
		List<JsonNode> requests = DossierSteps.letters(waiting, "MISSING_DOCUMENTS_REQUEST");
		assertThat(requests).hasSize(1);
		assertThat(text(applicant.username(), id, requests.get(0))).contains("Demande de pièces manquantes",
				"Statuts de la structure", "Relevé d'identité bancaire", "Le RIB fourni est illisible.",
				"sans réponse de votre part au " + longDate(DossierSteps.today().plusDays(30)),
				"est suspendu jusqu'à la réception de ces pièces");

		steps.upload(applicant.username(), id, "STATUTES");
		steps.upload(applicant.username(), id, "BANK_DETAILS");
		steps.submit(applicant.username(), id);
		steps.requestDocuments(id, List.of("FINANCING_PLAN"), "Le plan de financement manque.");

		JsonNode again = steps.dossier(applicant.username(), id);
		assertThat(DossierSteps.letters(again, "ACKNOWLEDGEMENT_OF_RECEIPT")).as("handed back: no new receipt").hasSize(1);
		List<JsonNode> bothRequests = DossierSteps.letters(again, "MISSING_DOCUMENTS_REQUEST");
		assertThat(bothRequests).hasSize(2);
		assertThat(text(applicant.username(), id, bothRequests.get(1))).contains("Plan de financement",
				"Le plan de financement manque.");
	}

	@Test
	void theReminderLetterFollowsTheReminderTimer() {
		Applicant applicant = steps.newApplicant();
		String id = steps.submitted(applicant.username(), DossierSteps.projectData(LOCATION)).get("id").asText();
		LocalDate requestedOn = DossierSteps.today();
		steps.requestDocuments(id, List.of("FINANCING_PLAN"), "Le plan de financement manque.");
		assertThat(DossierSteps.letters(steps.dossier("officer", id), "MISSING_DOCUMENTS_REMINDER")).isEmpty();

		ClockUtil.offset(Duration.ofDays(16).toMillis());
		JsonNode reminder = steps.awaitLetter(applicant.username(), id, "MISSING_DOCUMENTS_REMINDER");

		assertThat(text(applicant.username(), id, reminder)).contains("Relance pour pièces manquantes",
				"Le " + longDate(requestedOn) + ", nous vous avons demandé", "Plan de financement",
				"Le plan de financement manque.", "avant le " + longDate(requestedOn.plusDays(30)));
		assertThat(DossierSteps.letters(steps.dossier("officer", id), "MISSING_DOCUMENTS_REMINDER")).hasSize(1);
	}

	private String text(String reader, String dossierId, JsonNode letter) {
		return Pdfs.text(api.as(reader)
			.get("/api/dossiers/" + dossierId + "/letters/" + letter.get("id").asText())
			.ok()
			.body());
	}

	/** As the letters write it, with plain spaces as {@link Pdfs#text} reads them. */
	private static String longDate(LocalDate date) {
		return Pdfs.plainSpaces(FrenchFormat.longDate(date));
	}

}
