package fr.metropolerouen.guichetess.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.support.Api;
import fr.metropolerouen.guichetess.support.DossierSteps;
import fr.metropolerouen.guichetess.support.DossierSteps.Applicant;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.TestFiles;
import org.junit.jupiter.api.Test;

import static fr.metropolerouen.guichetess.support.DossierSteps.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applicants see and act on their own organisation's dossiers only (another's answers 404, exactly like a dossier
 * that does not exist); staff act only on the steps that are theirs (403 otherwise); nobody acts anonymously.
 */
class AccessRightsIntegrationTests extends ApiIntegrationTest {

	@Test
	void anonymousCallersAndWrongPasswordsAreRefusedWithAProblem() {
		Api.Response anonymous = api.anonymous().get("/api/dossiers");
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.headers().getFirst("WWW-Authenticate")).startsWith("Basic");
		assertThat(anonymous.contentType()).startsWith("application/problem+json");
		assertThat(anonymous.json().get("detail").asText()).isEqualTo("Identifiez-vous pour accéder à cette ressource.");
		assertThat(api.as("officer", "pas le bon").get("/api/dossiers").status()).isEqualTo(401);
		assertThat(api.anonymous().get("/api/schemes").status()).as("the catalogue is public").isEqualTo(200);
		assertThat(api.anonymous().get("/v3/api-docs").status()).as("the API description is public").isEqualTo(200);
	}

	@Test
	void anotherOrganisationsDossierDoesNotExistForAnApplicant() {
		Applicant owner = steps.newApplicant();
		String id = steps.granted(owner.username(), DossierSteps.projectData(LOCATION), new BigDecimal("800.00"));
		JsonNode dossier = steps.dossier(owner.username(), id);
		String documentId = dossier.at("/documents/0/id").asText();
		String letterId = steps.awaitLetter(owner.username(), id, "GRANT_DECISION").get("id").asText();
		String proof = steps.uploadProof(owner.username(), id, "RENT_RECEIPTS");
		String paymentRequest = steps.requestPayment(owner.username(), id, "ANNUAL_INSTALMENT", new BigDecimal("100.00"),
				new BigDecimal("15000.00"), List.of(proof)).expect(201).get("id").asText();

		Api.Caller other = api.as("applicant-b");
		for (String path : List.of("/api/dossiers/" + id, "/api/dossiers/" + id + "/documents",
				"/api/dossiers/" + id + "/documents/" + documentId, "/api/dossiers/" + id + "/letters",
				"/api/dossiers/" + id + "/letters/" + letterId, "/api/dossiers/" + id + "/payment-requests",
				"/api/payment-requests/" + paymentRequest)) {
			Api.Response response = other.get(path);
			assertThat(response.status()).as(path).isEqualTo(404);
			assertThat(new String(response.body())).as(path).doesNotContain(owner.organisationName(), dossier.get("reference").asText());
		}
		assertThat(other.put("/api/dossiers/" + id, DossierSteps.projectData(LOCATION)).status()).isEqualTo(404);
		assertThat(other.post("/api/dossiers/" + id + "/withdraw").status()).isEqualTo(404);
		assertThat(other.post("/api/dossiers/" + id + "/submit").status()).isEqualTo(404);
		assertThat(other.upload("/api/dossiers/" + id + "/documents", "RENT_RECEIPTS", "q.pdf",
				TestFiles.pdf()).status()).isEqualTo(404);
		assertThat(steps.requestPayment("applicant-b", id, "ANNUAL_INSTALMENT", new BigDecimal("1.00"),
				new BigDecimal("1.00"), List.of(proof)).status()).isEqualTo(404);

		JsonNode list = other.get("/api/dossiers?size=100").expect(200);
		assertThat(list.get("content")).noneSatisfy(d -> assertThat(d.get("id").asText()).isEqualTo(id));
		assertThat(list.get("content")).allSatisfy(d -> assertThat(d.get("organisationName").asText())
			.isEqualTo("SCOP Bois et Compagnie"));
		assertThat(other.get("/api/tasks").expect(200)).noneSatisfy(
				task -> assertThat(task.get("dossierId").asText()).isEqualTo(id));
		assertThat(steps.dossier(owner.username(), id).get("documents")).as("eleven documents and one proof, none from B")
			.hasSize(12);
	}

	@Test
	void eachRoleActsOnlyOnItsOwnSteps() {
		String applicant = steps.newApplicant().username();
		String id = steps.submitted(applicant, DossierSteps.projectData(LOCATION)).get("id").asText();
		steps.awaitTask("officer", id, "COMPLETENESS_CHECK");
		Map<String, Object> complete = Map.of("complete", true);
		for (String user : List.of(applicant, "committee", "finance", "admin")) {
			assertThat(api.as(user).post("/api/dossiers/" + id + "/completeness", complete).status()).as(user)
				.isEqualTo(403);
		}
		assertThat(api.as(applicant).post("/api/dossiers/" + id + "/completeness", Map.of()).status())
			.as("a caller without the role is refused before its input is even read")
			.isEqualTo(403);
		assertThat(steps.dossier("officer", id).get("status").asText()).isEqualTo("SUBMITTED");
		steps.declareComplete(id);
		steps.review(id, new BigDecimal("900.00"));

		String session = steps.session("Bureau des droits");
		assertThat(api.as("officer").post("/api/committee-sessions", Map.of("date", DossierSteps.today(), "title", "x"))
			.status()).isEqualTo(403);
		assertThat(api.as("officer")
			.post("/api/committee-sessions/" + session + "/agenda", Map.of("dossierIds", List.of(id)))
			.status()).isEqualTo(403);
		steps.putOnAgenda(session, id);
		Map<String, Object> grant = Map.of("dossierId", id, "outcome", "GRANTED", "amount", 900);
		for (String user : List.of(applicant, "officer", "finance")) {
			assertThat(api.as(user).post("/api/committee-sessions/" + session + "/decisions", grant).status()).as(user)
				.isEqualTo(403);
		}
		assertThat(api.as("officer").get("/api/committee-sessions/" + session).status()).isEqualTo(200);
		assertThat(api.as(applicant).get("/api/committee-sessions/" + session).status()).isEqualTo(403);
		steps.decide(session, id, "GRANTED", new BigDecimal("900.00"), null).expect(200);
		for (String user : List.of(applicant, "officer", "finance")) {
			assertThat(api.as(user).post("/api/committee-sessions/" + session + "/close").status()).as(user)
				.isEqualTo(403);
		}
		steps.close(session).expect(200);

		String proof = steps.uploadProof(applicant, id, "RENT_RECEIPTS");
		assertThat(steps.requestPayment("officer", id, "ANNUAL_INSTALMENT", new BigDecimal("10.00"),
				new BigDecimal("10.00"), List.of(proof)).status()).isEqualTo(403);
		String request = steps.requestPayment(applicant, id, "ANNUAL_INSTALMENT", new BigDecimal("10.00"),
				new BigDecimal("20.00"), List.of(proof)).expect(201).get("id").asText();
		for (String user : List.of(applicant, "officer", "committee")) {
			assertThat(api.as(user).post("/api/payment-requests/" + request + "/approve", Map.of("amount", 10)).status())
				.as(user)
				.isEqualTo(403);
		}
		assertThat(api.as("finance").post("/api/dossiers", DossierSteps.projectData(LOCATION)).status()).isEqualTo(403);
		assertThat(api.as(applicant).get("/api/envelopes").status()).isEqualTo(403);
		assertThat(api.as("officer").post("/api/envelopes", Map.of("scheme", LOCATION, "year", 2099, "allocated", 1))
			.status()).isEqualTo(403);
		assertThat(api.as("officer").get("/api/organisations/me").status()).isEqualTo(403);
		steps.approve(request, new BigDecimal("10.00")).expect(200);
	}

	@Test
	void financeFiguresAreReadByFinanceAndAdministratorsAndMovedByFinanceOnly() {
		String envelope = api.as("finance").get("/api/envelopes").expect(200).get(0).get("id").asText();
		String dossier = steps.createDraft("applicant-a", DossierSteps.projectData(LOCATION));
		List<String> financeReads = List.of("/api/finance/ledger", "/api/finance/ledger.csv",
				"/api/finance/ledger.xlsx", "/api/finance/ledger/integrity", "/api/finance/annual-summary",
				"/api/finance/annual-summary.csv", "/api/finance/history-imports",
				"/api/finance/open-data/subventions.csv?year=2020", "/api/envelopes/" + envelope + "/entries");
		for (String path : financeReads) {
			for (String user : List.of("applicant-a", "officer", "committee")) {
				assertThat(api.as(user).get(path).status()).as(user + " " + path).isEqualTo(403);
			}
			for (String user : List.of("finance", "admin")) {
				assertThat(api.as(user).get(path).status()).as(user + " " + path).isEqualTo(200);
			}
		}
		for (String user : List.of("officer", "committee", "finance", "admin")) {
			assertThat(api.as(user).get("/api/finance/forecast").status()).as(user).isEqualTo(200);
			assertThat(api.as(user).get("/api/envelopes/" + envelope + "/payment-schedule").status()).as(user)
				.isEqualTo(200);
		}
		assertThat(api.as("applicant-a").get("/api/finance/forecast").status()).isEqualTo(403);
		assertThat(api.as("applicant-a").get("/api/envelopes/" + envelope + "/payment-schedule").status())
			.isEqualTo(403);
		Map<String, Object> release = Map.of("amount", 1, "reason", "CORRECTION");
		Map<String, Object> amendment = Map.of("direction", "INCREASE", "amount", 1, "deliberationReference", "DM",
				"reason", "essai");
		for (String user : List.of("applicant-a", "officer", "committee", "admin")) {
			assertThat(api.as(user).post("/api/finance/dossiers/" + dossier + "/releases", release).status()).as(user)
				.isEqualTo(403);
			assertThat(api.as(user).post("/api/finance/dossiers/" + dossier + "/recoveries", release).status())
				.as(user)
				.isEqualTo(403);
			assertThat(api.as(user).post("/api/envelopes/" + envelope + "/amendments", amendment).status()).as(user)
				.isEqualTo(403);
			assertThat(api.as(user).uploadFile("/api/finance/history-imports", "h.csv", new byte[] { 'x' }).status())
				.as(user)
				.isEqualTo(403);
		}
	}

	@Test
	void theFirstAdministratorComesFromTheEnvironmentAndOpensStaffAccounts() {
		Api.Caller firstAdmin = api.as("first-admin", "mot de passe du premier administrateur");
		assertThat(firstAdmin.get("/api/accounts/me").expect(200).get("role").asText()).isEqualTo("ADMIN");

		Map<String, Object> officer = Map.of("username", "instructrice-2", "password", "une phrase de passe longue",
				"email", "instructrice-2@metropole-rouen-normandie.fr", "role", "OFFICER");
		assertThat(api.as("officer").post("/api/admin/accounts", officer).status()).isEqualTo(403);
		assertThat(api.as("applicant-a").post("/api/admin/accounts", officer).status()).isEqualTo(403);
		assertThat(firstAdmin.post("/api/admin/accounts", Map.of("username", "intrus", "password",
				"une phrase de passe longue", "email", "intrus@example.org", "role", "APPLICANT")).status())
			.as("applicants sign up with their organisation")
			.isEqualTo(400);
		JsonNode created = firstAdmin.post("/api/admin/accounts", officer).expect(201);
		assertThat(created.get("role").asText()).isEqualTo("OFFICER");
		assertThat(created.toString()).doesNotContain("passe");
		assertThat(firstAdmin.post("/api/admin/accounts", officer).status()).isEqualTo(409);
		assertThat(api.as("instructrice-2", "une phrase de passe longue").get("/api/tasks").status()).isEqualTo(200);
	}

	@Test
	void staffSeeEveryOrganisationsDossiersAndApplicantsOnlyTheirOwn() {
		String ofA = steps.createDraft("applicant-a", DossierSteps.projectData(LOCATION));
		String ofB = steps.createDraft("applicant-b", DossierSteps.projectData(LOCATION));
		JsonNode officerList = api.as("officer").get("/api/dossiers?status=DRAFT&size=100").expect(200);
		assertThat(officerList.get("content")).extracting(d -> d.get("id").asText()).contains(ofA, ofB);
		assertThat(officerList.get("totalElements").asLong()).isGreaterThanOrEqualTo(2);

		JsonNode listOfA = api.as("applicant-a").get("/api/dossiers?status=DRAFT&scheme=LOCATION_ESS&size=100").expect(200);
		assertThat(listOfA.get("content")).extracting(d -> d.get("id").asText()).contains(ofA).doesNotContain(ofB);
		assertThat(api.as("applicant-a").get("/api/dossiers?size=500").status()).isEqualTo(400);
	}

}
