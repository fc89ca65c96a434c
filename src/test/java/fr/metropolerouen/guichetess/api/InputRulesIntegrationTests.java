package fr.metropolerouen.guichetess.api;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.support.Api;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.DossierSteps;
import fr.metropolerouen.guichetess.support.TestFiles;
import fr.metropolerouen.guichetess.support.WebSession;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static fr.metropolerouen.guichetess.support.DossierSteps.IMMOBILIER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each field rule of the request bodies: a wrong value is a 400 whose problem names the field and says why in
 * French, the edge values a person may really type are accepted, and a refused request changes nothing.
 */
class InputRulesIntegrationTests extends ApiIntegrationTest {

	private static final String LA_POSTE_SIRET = "35600000010000";

	@ParameterizedTest
	@ValueSource(strings = { "73282932000075", "7328293200007", "7328293200007A", "12345678000014",
			"35600000010001" })
	void aSiretWithAWrongKeyOrFormIsRefused(String siret) {
		JsonNode problem = api.anonymous().post("/api/accounts", signUp("siret-refuse", siret, "Structure")).expect(400);

		assertThat(messageOf(problem, "organisation.siret")).contains("SIRET");
	}

	@Test
	void aLaPosteEstablishmentCanSignUpThoughItsSiretFailsTheLuhnKey() {
		JsonNode account = api.anonymous()
			.post("/api/accounts", signUp("bureau-de-poste", LA_POSTE_SIRET, "La Poste – bureau de Rouen"))
			.expect(201);

		assertThat(account.at("/organisation/siret").asText()).isEqualTo(LA_POSTE_SIRET);
	}

	@ParameterizedTest
	@ValueSource(strings = { "7654", "765400", "76000 ", "76 540", "2C004", "ROUEN" })
	void aCommuneMustBeGivenByItsInseeCode(String code) {
		Map<String, Object> data = DossierSteps.projectData(IMMOBILIER);
		data.put("communeInseeCode", code);

		JsonNode problem = api.as("applicant-a").post("/api/dossiers", data).expect(400);

		assertThat(messageOf(problem, "communeInseeCode")).startsWith("doit être un code commune INSEE");
	}

	@ParameterizedTest
	@CsvSource({ "requestedAmount, 1000000000.00, positif ou nul", "requestedAmount, 100.001, deux décimales",
			"eligibleExpenses, -1, strictement positif", "monthlyRent, 0, strictement positif",
			"operatingRevenue, 1e12, positif ou nul" })
	void anAmountOutOfBoundsOrWithMoreThanTwoDecimalsIsRefused(String field, String amount, String reason) {
		Map<String, Object> data = DossierSteps.projectData(IMMOBILIER);
		data.put(field, new BigDecimal(amount));

		JsonNode problem = api.as("applicant-a").post("/api/dossiers", data).expect(400);

		assertThat(messageOf(problem, field)).contains(reason);
	}

	@ParameterizedTest
	@CsvSource({ "worksStartDate, 0202-03-01", "worksStartDate, 2999-01-01", "leaseStartDate, 1900-01-01",
			"leaseSignedOn, 9999-12-31" })
	void aDateFarInThePastOrTheFutureIsASlip(String field, String date) {
		Map<String, Object> data = DossierSteps.projectData(IMMOBILIER);
		data.put(field, date);

		JsonNode problem = api.as("applicant-a").post("/api/dossiers", data).expect(400);

		assertThat(messageOf(problem, field)).startsWith("n'est pas une date plausible");
	}

	@Test
	void theEdgeValuesAPersonMayTypeAreKeptExactly() {
		Map<String, Object> data = DossierSteps.projectData(IMMOBILIER);
		String longestTitle = "é".repeat(300);
		data.put("projectTitle", longestTitle);
		data.put("communeInseeCode", "2A004");
		data.put("requestedAmount", new BigDecimal("999999999.99"));
		data.put("eligibleExpenses", new BigDecimal("0.01"));
		data.put("deMinimisAids", List.of(Map.of("grantor", "R".repeat(200), "grantedOn", "1950-01-01", "amount",
				new BigDecimal("1234.56"))));

		String id = steps.createDraft("applicant-a", data);

		JsonNode draft = steps.dossier("applicant-a", id);
		assertThat(draft.get("projectTitle").asText()).isEqualTo(longestTitle);
		assertThat(draft.get("communeInseeCode").asText()).isEqualTo("2A004");
		assertThat(draft.get("requestedAmount").decimalValue()).isEqualByComparingTo("999999999.99");
		assertThat(draft.at("/deMinimisAids/0/amount").decimalValue()).isEqualByComparingTo("1234.56");
	}

	@Test
	void aTextLongerThanItsColumnIsA400NotADatabaseError() {
		Map<String, Object> data = DossierSteps.projectData(IMMOBILIER);
		data.put("projectTitle", "x".repeat(301));
		assertThat(messageOf(api.as("applicant-a").post("/api/dossiers", data).expect(400), "projectTitle"))
			.isEqualTo("ne doit pas dépasser 300 caractères");

		data = DossierSteps.projectData(IMMOBILIER);
		data.put("deMinimisAids", List.of(Map.of("grantor", "R".repeat(201), "grantedOn", "2024-01-01", "amount", 10)));
		assertThat(messageOf(api.as("applicant-a").post("/api/dossiers", data).expect(400),
				"deMinimisAids[0].grantor"))
			.isEqualTo("ne doit pas dépasser 200 caractères");

		JsonNode session = api.as("committee")
			.post("/api/committee-sessions", Map.of("date", "2026-01-15", "title", "S".repeat(201)))
			.expect(400);
		assertThat(messageOf(session, "title")).isEqualTo("ne doit pas dépasser 200 caractères");

		JsonNode account = api.anonymous()
			.post("/api/accounts", signUp("nom-trop-long", DossierSteps.siret(990001), "N".repeat(201)))
			.expect(400);
		assertThat(messageOf(account, "organisation.name")).isEqualTo("ne doit pas dépasser 200 caractères");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u0000", "\u0007", "\u001B[31m", "\u007F", "\u0085" })
	void aControlCharacterInATextIsRefusedAndTheDraftIsKeptAsItWas(String control) {
		String id = steps.createDraft("applicant-a", DossierSteps.projectData(IMMOBILIER));
		Map<String, Object> data = DossierSteps.projectData(IMMOBILIER);
		data.put("projectTitle", "Atelier" + control + "de réemploi");

		Api.Response response = api.as("applicant-a").put("/api/dossiers/" + id, data);

		JsonNode problem = response.expect(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(messageOf(problem, "projectTitle")).isEqualTo("contient un caractère de contrôle invisible ou invalide, non autorisé");
		assertThat(steps.dossier("applicant-a", id).get("projectTitle").asText())
			.isEqualTo("Achat et rénovation d'un atelier de réemploi");
	}

	@Test
	void aControlCharacterIsFoundInNestedTextsAndParametersToo() {
		Map<String, Object> data = DossierSteps.projectData(IMMOBILIER);
		data.put("deMinimisAids",
				List.of(Map.of("grantor", "Région\u0000", "grantedOn", "2024-01-01", "amount", new BigDecimal("10"))));
		assertThat(messageOf(api.as("applicant-a").post("/api/dossiers", data).expect(400), "deMinimisAids[0].grantor"))
			.contains("caractère de contrôle");

		JsonNode account = api.anonymous()
			.post("/api/accounts", signUp("nul-dans-le-nom", DossierSteps.siret(990002), "Asso\u0000ciation"))
			.expect(400);
		assertThat(messageOf(account, "organisation.name")).contains("caractère de contrôle");
		assertThat(api.anonymous().post("/api/accounts", signUp("nul-dans-le-nom", DossierSteps.siret(990002), "Association"))
			.status()).as("nothing was created by the refused sign-up").isEqualTo(201);

		JsonNode halfSurrogate = api.as("applicant-a")
			.post("/api/dossiers", "{\"scheme\": \"IMMOBILIER_ESS\", \"projectTitle\": \"Atelier \\uD83D\"}")
			.expect(400);
		assertThat(messageOf(halfSurrogate, "projectTitle")).contains("invalide");

		String draft = steps.createDraft("applicant-a", DossierSteps.projectData(IMMOBILIER));
		JsonNode upload = api.as("applicant-a")
			.upload("/api/dossiers/" + draft + "/documents", "STATU\u0000TES", "statuts.pdf", TestFiles.pdf())
			.expect(400);
		assertThat(messageOf(upload, "type")).contains("caractère de contrôle");
		assertThat(steps.dossier("applicant-a", draft).get("documents")).isEmpty();
	}

	@Test
	void inPagesAControlCharacterOrAnImplausibleDateIsRefusedInFrenchNextToTheFieldOrOnTheRefusalPage() {
		WebSession visitor = WebSession.anonymous(port);
		Map<String, String> fields = new HashMap<>(Map.of("username", "page-nul", "password", Api.passwordOf("page-nul"),
				"email", "page-nul@guichet-ess.example", "siret", DossierSteps.siret(990003), "name",
				"Asso\u0000ciation", "legalFormCode", "9220", "communeInseeCode", "76540", "address",
				"1 rue des Essais", "employees", "3"));

		HttpResponse<String> refused = visitor.submit("/inscription", "/inscription", fields);

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.body()).text()).contains("contient un caractère de contrôle invisible ou invalide, non autorisé")
			.doesNotContain("Failed to convert");

		WebSession committee = WebSession.logIn(port, "committee");
		HttpResponse<String> yearTypo = committee.submit("/bureau", "/bureau",
				Map.of("date", "15/01/0202", "title", "Séance mal datée", "members", ""));
		assertThat(yearTypo.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(yearTypo.body()).text()).contains("n'est pas une date plausible");
		assertThat(api.as("committee").get("/api/committee-sessions").text()).doesNotContain("Séance mal datée");

		WebSession officer = WebSession.logIn(port, "officer");
		HttpResponse<String> search = officer.get("/instruction/dossiers?q=ab%00cd");
		assertThat(search.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(search.body()).text()).contains("Le champ « q » contient un caractère de contrôle");
	}

	private static Map<String, Object> signUp(String username, String siret, String name) {
		Map<String, Object> organisation = new HashMap<>();
		organisation.put("siret", siret);
		organisation.put("name", name);
		organisation.put("legalFormCode", "9220");
		organisation.put("communeInseeCode", "76540");
		organisation.put("address", "1 rue des Essais, 76000 Rouen");
		organisation.put("employees", 3);
		return Map.of("username", username, "password", Api.passwordOf(username), "email",
				username + "@guichet-ess.example", "organisation", organisation);
	}

	/** The French messages the problem gives for this field, joined (the test fails when the field is not named). */
	private static String messageOf(JsonNode problem, String field) {
		assertThat(problem.get("title").asText()).isEqualTo("Requête invalide");
		List<String> messages = new ArrayList<>();
		problem.get("errors").forEach(error -> {
			if (error.get("field").asText().equals(field)) {
				messages.add(error.get("message").asText());
			}
		});
		assertThat(messages).as("errors on field %s in %s", field, problem).isNotEmpty();
		return String.join(" | ", messages);
	}

}
