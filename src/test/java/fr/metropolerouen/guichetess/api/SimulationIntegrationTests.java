package fr.metropolerouen.guichetess.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.DossierSteps;
import org.junit.jupiter.api.Test;

import static fr.metropolerouen.guichetess.support.DossierSteps.IMMOBILIER;
import static fr.metropolerouen.guichetess.support.DossierSteps.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

/** Anyone can try the rules before applying, and the simulator says what the real evaluation will say. */
class SimulationIntegrationTests extends ApiIntegrationTest {

	/** The organisation of {@link DossierSteps#newApplicant()}. */
	private static final Map<String, Object> NEW_APPLICANTS_ORGANISATION = Map.of("legalFormCode", "9220",
			"communeInseeCode", "76540", "employees", 5);

	@Test
	void anyoneSimulatesAnApplicationAndNothingIsSaved() {
		long dossiersBefore = api.as("officer").get("/api/dossiers?size=1").expect(200).get("totalElements").asLong();

		JsonNode simulation = api.anonymous().post("/api/simulations", simulationOf(LOCATION)).expect(200);

		assertThat(simulation.get("scheme").asText()).isEqualTo(LOCATION);
		assertThat(simulation.get("ruleSetVersion").asText()).isEqualTo("1");
		assertThat(simulation.at("/eligibility/eligible").asBoolean()).isTrue();
		assertThat(simulation.at("/eligibility/verdict").asText()).isEqualTo("ELIGIBLE");
		assertThat(simulation.at("/eligibility/criteria")).hasSize(10);
		assertThat(simulation.get("indicativeAmount").decimalValue()).isEqualByComparingTo("15000.00");
		assertThat(simulation.get("notice").asText()).contains("indicatif");
		assertThat(api.as("officer").get("/api/dossiers?size=1").expect(200).get("totalElements").asLong())
			.isEqualTo(dossiersBefore);
	}

	@Test
	void theSimulatorAndTheRealEvaluationGiveTheSameAnswer() {
		for (String scheme : List.of(IMMOBILIER, LOCATION)) {
			JsonNode simulation = api.anonymous().post("/api/simulations", simulationOf(scheme)).expect(200);

			String id = steps.submitted(steps.newApplicant().username(), DossierSteps.projectData(scheme)).get("id")
				.asText();
			steps.declareComplete(id);
			JsonNode dossier = steps.awaitDossier("officer", id, "suggested amount",
					d -> !d.get("suggestedAmount").isNull());

			assertThat(criteria(simulation.get("eligibility"))).as(scheme).isEqualTo(criteria(dossier.get("eligibility")));
			assertThat(simulation.at("/eligibility/verdict").asText()).isEqualTo(dossier.at("/eligibility/verdict").asText());
			assertThat(simulation.get("indicativeAmount").decimalValue()).as(scheme)
				.isEqualByComparingTo(dossier.get("suggestedAmount").decimalValue());
			assertThat(simulation.get("ruleSetVersion").asText()).isEqualTo(dossier.get("ruleSetVersion").asText());
		}
	}

	@Test
	void aSimulationShowsWhyAnApplicationWouldNotBeEligible() {
		Map<String, Object> request = simulationOf(IMMOBILIER);
		request.put("communeInseeCode", "76351");
		request.put("worksStartDate", DossierSteps.today().minusDays(1));
		request.put("organisation", Map.of("legalFormCode", "5710", "employees", 0, "esusApproved", true));

		JsonNode simulation = api.anonymous().post("/api/simulations", request).expect(200);

		assertThat(simulation.at("/eligibility/eligible").asBoolean()).isFalse();
		assertThat(simulation.at("/eligibility/verdict").asText()).isEqualTo("INELIGIBLE");
		Map<String, String> outcomes = new HashMap<>();
		simulation.at("/eligibility/criteria")
			.forEach(c -> outcomes.put(c.get("code").asText(), c.get("outcome").asText()));
		assertThat(outcomes).containsEntry("TERRITORY", "NOT_MET")
			.containsEntry("INCENTIVE_EFFECT", "NOT_MET")
			.containsEntry("EMPLOYEES", "NOT_MET")
			.containsEntry("ESS_MEMBERSHIP", "MET");
	}

	@Test
	void anIncompleteSimulationListsWhatIsMissing() {
		JsonNode missing = api.anonymous()
			.post("/api/simulations", Map.of("scheme", IMMOBILIER, "organisation", NEW_APPLICANTS_ORGANISATION))
			.expect(400);
		List<String> fields = new ArrayList<>();
		missing.get("errors").forEach(error -> fields.add(error.get("field").asText()));
		assertThat(fields).contains("projectTitle", "requestedAmount", "eligibleExpenses", "worksStartDate");

		Map<String, Object> withoutOrganisation = DossierSteps.projectData(LOCATION);
		JsonNode noOrganisation = api.anonymous().post("/api/simulations", withoutOrganisation).expect(400);
		assertThat(noOrganisation.toString()).contains("organisation");

		Map<String, Object> badAmount = simulationOf(LOCATION);
		badAmount.put("monthlyRent", "12.345");
		api.anonymous().post("/api/simulations", badAmount).expect(400);
	}

	private static Map<String, Object> simulationOf(String scheme) {
		Map<String, Object> request = DossierSteps.projectData(scheme);
		request.put("organisation", NEW_APPLICANTS_ORGANISATION);
		return request;
	}

	private static List<String> criteria(JsonNode eligibility) {
		List<String> criteria = new ArrayList<>();
		eligibility.get("criteria").forEach(c -> criteria.add(
				c.get("code").asText() + " " + c.get("outcome").asText() + " " + c.get("reason").asText()));
		return criteria;
	}

}
