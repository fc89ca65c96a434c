package fr.metropolerouen.guichetess.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.support.Api;
import fr.metropolerouen.guichetess.support.DossierSteps;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static fr.metropolerouen.guichetess.support.DossierSteps.IMMOBILIER;
import static fr.metropolerouen.guichetess.support.DossierSteps.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input gets a 400 with an RFC 9457 problem whose detail is French, and nothing already saved is lost.
 */
class ApiValidationIntegrationTests extends ApiIntegrationTest {

	private static final String PROBLEM_JSON = "application/problem+json";

	@ParameterizedTest
	@ValueSource(strings = { "12.345", "-5", "-0.01", "0" })
	void anAmountWithMoreThanTwoDecimalsOrNotPositiveIsRefused(String amount) {
		Map<String, Object> data = DossierSteps.projectData(IMMOBILIER);
		data.put("requestedAmount", new BigDecimal(amount));
		Api.Response response = api.as("applicant-a").post("/api/dossiers", data);

		JsonNode problem = response.expect(400);
		assertThat(response.contentType()).startsWith(PROBLEM_JSON);
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("title").asText()).isEqualTo("Requête invalide");
		assertThat(problem.get("detail").asText()).startsWith("La requête contient des données invalides");
		assertThat(problem.get("errors")).anySatisfy(error -> {
			assertThat(error.get("field").asText()).isEqualTo("requestedAmount");
			assertThat(error.get("message").asText()).containsAnyOf("deux décimales", "strictement positif");
		});
	}

	@Test
	void anUnknownSchemeIsRefusedWithTheAllowedValues() {
		Map<String, Object> data = DossierSteps.projectData(LOCATION);
		data.put("scheme", "DYNAMIQUE_TRAMWAY");
		Api.Response response = api.as("applicant-a").post("/api/dossiers", data);

		JsonNode problem = response.expect(400);
		assertThat(response.contentType()).startsWith(PROBLEM_JSON);
		assertThat(problem.get("detail").asText()).contains("DYNAMIQUE_TRAMWAY", "scheme", "IMMOBILIER_ESS",
				"LOCATION_ESS");
	}

	@Test
	void malformedJsonAndWrongTypesAreRefusedInFrench() {
		JsonNode notJson = api.as("applicant-a").post("/api/dossiers", "{\"scheme\": ").expect(400);
		assertThat(notJson.get("detail").asText()).isEqualTo("Le corps de la requête n'est pas un document JSON valide.");

		Map<String, Object> data = DossierSteps.projectData(LOCATION);
		data.put("leaseStartDate", "le premier janvier");
		JsonNode badDate = api.as("applicant-a").post("/api/dossiers", data).expect(400);
		assertThat(badDate.get("detail").asText()).contains("leaseStartDate");

		api.as("officer").get("/api/dossiers?status=PRESQUE_FINI").expect(400);
		assertThat(api.as("officer").get("/api/dossiers/pas-un-identifiant").expect(400).get("detail").asText())
			.contains("pas-un-identifiant");
	}

	@Test
	void submittingAnIncompleteDraftListsTheMissingFieldsAndKeepsTheDraft() {
		Map<String, Object> partial = Map.of("scheme", IMMOBILIER, "projectTitle", "Projet à compléter");
		String id = steps.createDraft("applicant-a", partial);

		JsonNode problem = api.as("applicant-a").post("/api/dossiers/" + id + "/submit").expect(400);
		assertThat(problem.get("errors")).extracting(error -> error.get("field").asText())
			.containsExactlyInAnyOrder("communeInseeCode", "requestedAmount", "operationType", "eligibleExpenses",
					"worksStartDate");
		JsonNode draft = steps.dossier("applicant-a", id);
		assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
		assertThat(draft.get("reference").isNull()).isTrue();
		assertThat(draft.get("projectTitle").asText()).isEqualTo("Projet à compléter");

		Map<String, Object> other = DossierSteps.projectData(LOCATION);
		JsonNode schemeChange = api.as("applicant-a").put("/api/dossiers/" + id, other).expect(409);
		assertThat(schemeChange.get("detail").asText()).contains("dispositif");
		assertThat(steps.dossier("applicant-a", id).get("scheme").asText()).isEqualTo(IMMOBILIER);
	}

	@Test
	void documentsMustBeOfAnExpectedTypeAndARealPdfOrImage() {
		String id = steps.createDraft("applicant-a", DossierSteps.projectData(LOCATION));
		steps.upload("applicant-a", id, "STATUTES");

		JsonNode wrongType = api.as("applicant-a")
			.upload("/api/dossiers/" + id + "/documents", "PAID_INVOICES", "facture.pdf",
					TestFiles.pdf())
			.expect(400);
		assertThat(wrongType.get("errors").get(0).get("field").asText()).isEqualTo("type");
		JsonNode notAPdf = api.as("applicant-a")
			.upload("/api/dossiers/" + id + "/documents", "BANK_DETAILS", "rib.pdf",
					"<html><script>alert(1)</script></html>".getBytes())
			.expect(400);
		assertThat(notAPdf.get("errors").get(0).get("message").asText()).contains("PDF, JPEG ou PNG");
		JsonNode empty = api.as("applicant-a")
			.upload("/api/dossiers/" + id + "/documents", "BANK_DETAILS", "rib.pdf", new byte[0])
			.expect(400);
		assertThat(empty.get("detail").asText()).isNotBlank();

		assertThat(steps.dossier("applicant-a", id).get("documents")).singleElement()
			.satisfies(document -> assertThat(document.get("type").asText()).isEqualTo("STATUTES"));
		Api.Response download = api.as("applicant-a")
			.get("/api/dossiers/" + id + "/documents/" + steps.dossier("applicant-a", id).at("/documents/0/id").asText());
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.contentType()).isEqualTo("application/pdf");
		assertThat(download.body()).isEqualTo(TestFiles.pdf());
	}

	@Test
	void officerAndCommitteeInputIsValidatedWithoutChangingTheDossier() {
		String id = steps.submitted(steps.newApplicant().username(), DossierSteps.projectData(LOCATION)).get("id")
			.asText();
		steps.awaitTask("officer", id, "COMPLETENESS_CHECK");
		JsonNode noList = api.as("officer")
			.post("/api/dossiers/" + id + "/completeness", Map.of("complete", false))
			.expect(400);
		assertThat(noList.get("errors")).extracting(error -> error.get("field").asText())
			.contains("missingDocuments", "message");
		api.as("officer")
			.post("/api/dossiers/" + id + "/completeness",
					Map.of("complete", false, "missingDocuments", List.of("PASSEPORT"), "message", "Pièce ?"))
			.expect(400);
		assertThat(steps.dossier("officer", id).get("status").asText()).isEqualTo("SUBMITTED");

		steps.declareComplete(id);
		steps.awaitTask("officer", id, "REVIEW");
		api.as("officer")
			.post("/api/dossiers/" + id + "/review", Map.of("proposedAmount", new BigDecimal("100.001"), "opinion", "x"))
			.expect(400);
		steps.review(id, new BigDecimal("1000.00"));

		String session = steps.session("Bureau des saisies invalides");
		steps.putOnAgenda(session, id);
		JsonNode threeDecimals = steps.decide(session, id, "GRANTED", new BigDecimal("999.999"), null).expect(400);
		assertThat(threeDecimals.get("errors").get(0).get("field").asText()).isEqualTo("amount");
		JsonNode noAmount = steps.decide(session, id, "GRANTED", null, null).expect(400);
		assertThat(noAmount.get("detail").asText()).isNotBlank();
		JsonNode beyondRequest = steps.decide(session, id, "GRANTED", new BigDecimal("20000.01"), null).expect(400);
		assertThat(beyondRequest.get("errors").get(0).get("message").asText()).contains("montant demandé");
		assertThat(steps.dossier("officer", id).get("status").asText()).isEqualTo("AWAITING_COMMITTEE");
		assertThat(api.as("committee").get("/api/committee-sessions/" + session).expect(200).at("/agenda/0/outcome").isNull())
			.isTrue();
	}

	@Test
	void signUpValidatesTheOrganisationAndRefusesDuplicates() {
		Map<String, Object> organisation = Map.of("siret", "78200000100018", "name", "Régie de quartier",
				"legalFormCode", "9220", "communeInseeCode", "76681", "address", "1 place de l'Hôtel de Ville",
				"employees", 4);
		JsonNode badSiret = api.anonymous()
			.post("/api/accounts", Map.of("username", "regie-quartier", "password", "un mot de passe solide",
					"email", "contact@regie.example", "organisation", organisation))
			.expect(400);
		assertThat(badSiret.get("errors")).anySatisfy(error -> {
			assertThat(error.get("field").asText()).isEqualTo("organisation.siret");
			assertThat(error.get("message").asText()).contains("SIRET");
		});

		Map<String, Object> valid = Map.of("siret", "90100000000017", "name", "Régie de quartier",
				"legalFormCode", "9220", "communeInseeCode", "76681", "address", "1 place de l'Hôtel de Ville",
				"employees", 4);
		JsonNode created = api.anonymous()
			.post("/api/accounts", Map.of("username", "regie-quartier", "password", "un mot de passe solide",
					"email", "contact@regie.example", "organisation", valid))
			.expect(201);
		assertThat(created.get("role").asText()).isEqualTo("APPLICANT");
		assertThat(created.toString()).doesNotContain("mot de passe");
		assertThat(api.as("regie-quartier", "un mot de passe solide").get("/api/organisations/me").expect(200)
			.get("siret").asText()).isEqualTo("90100000000017");

		api.anonymous()
			.post("/api/accounts", Map.of("username", "regie-quartier", "password", "un autre mot de passe",
					"email", "autre@regie.example", "organisation", valid))
			.expect(409);
		api.anonymous()
			.post("/api/accounts", Map.of("username", "court", "password", "court", "email", "pas-une-adresse",
					"organisation", valid))
			.expect(400);
	}

	@Test
	void unknownRoutesAndMethodsAnswerProblemsToo() {
		Api.Response unknown = api.as("officer").get("/api/nulle-part");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith(PROBLEM_JSON);
		assertThat(unknown.json().get("title").asText()).isEqualTo("Ressource introuvable");
		Api.Response wrongMethod = api.as("officer").put("/api/tasks", Map.of());
		assertThat(wrongMethod.status()).isEqualTo(405);
		assertThat(wrongMethod.json().get("detail").asText()).contains("méthode");
	}

}
