package fr.metropolerouen.guichetess.api;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoints fixed by the foundation's contract are public: integrators rely on them. Later work may add
 * endpoints but never rename or remove these, and every one is described in the OpenAPI document.
 */
class ApiContractIntegrationTests extends ApiIntegrationTest {

	private static final List<String> CONTRACT = List.of("GET /api/schemes", "POST /api/accounts",
			"GET /api/organisations/me", "POST /api/dossiers", "GET /api/dossiers", "PUT /api/dossiers/{id}",
			"GET /api/dossiers/{id}", "POST /api/dossiers/{dossierId}/documents",
			"GET /api/dossiers/{dossierId}/documents/{documentId}", "POST /api/dossiers/{id}/submit",
			"POST /api/dossiers/{id}/withdraw", "GET /api/tasks", "POST /api/dossiers/{id}/completeness",
			"POST /api/dossiers/{id}/eligibility-confirmation", "POST /api/dossiers/{id}/review",
			"POST /api/committee-sessions", "GET /api/committee-sessions/{id}",
			"POST /api/committee-sessions/{id}/agenda", "POST /api/committee-sessions/{id}/decisions",
			"GET /api/dossiers/{dossierId}/letters", "GET /api/dossiers/{dossierId}/letters/{letterId}",
			"GET /api/dossiers/{dossierId}/letters/preview",
			"POST /api/dossiers/{dossierId}/payment-requests", "POST /api/payment-requests/{id}/approve",
			"POST /api/payment-requests/{id}/reject", "GET /api/envelopes", "POST /api/envelopes",
			"GET /api/envelopes/{id}", "POST /api/simulations", "GET /api/rule-sets",
			"GET /api/dossiers/{dossierId}/deadlines", "POST /api/dossiers/{dossierId}/deadlines/{kind}/extension");

	@Test
	void everyEndpointOfTheContractIsDescribedInTheOpenApiDocument() {
		JsonNode description = api.anonymous().get("/v3/api-docs").expect(200);
		List<String> described = new ArrayList<>();
		description.get("paths").fields().forEachRemaining(path -> path.getValue()
			.fieldNames()
			.forEachRemaining(method -> described.add(method.toUpperCase() + " " + path.getKey())));

		assertThat(described).containsAll(CONTRACT);
		assertThat(description.at("/info/title").asText()).isEqualTo("Guichet ESS");
		assertThat(description.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
	}

	@Test
	void theDossierSchemaKeepsTheFieldNamesOfTheContract() {
		JsonNode schemas = api.anonymous().get("/v3/api-docs").expect(200).at("/components/schemas");
		assertThat(fields(schemas.get("DossierDetails"))).contains("id", "reference", "status", "scheme",
				"organisation", "projectTitle", "communeInseeCode", "requestedAmount", "deMinimisAids", "operationType",
				"eligibleExpenses", "worksStartDate", "monthlyRent", "surfaceM2", "leaseStartDate",
				"leaseDurationMonths", "headcount", "jobsCreated", "jobsKept", "eligibility", "proposedAmount",
				"grantedAmount", "paidAmount", "letters", "payments", "timeline");
		assertThat(schemas.at("/DossierData/properties/jobsKept/minimum").asInt()).isZero();
		assertThat(schemas.at("/DossierData/properties/headcount/maximum").asInt()).isEqualTo(100000);
		assertThat(fields(schemas.get("EnvelopeView"))).contains("id", "scheme", "year", "allocated", "engaged", "paid",
				"available");
		assertThat(fields(schemas.get("TaskView"))).contains("id", "dossierId", "kind", "name", "createdAt");
		assertThat(fields(schemas.get("LetterSummary"))).contains("id", "kind", "createdAt", "sha256");
	}

	private static List<String> fields(JsonNode schema) {
		List<String> names = new ArrayList<>();
		schema.get("properties").fieldNames().forEachRemaining(names::add);
		return names;
	}

}
