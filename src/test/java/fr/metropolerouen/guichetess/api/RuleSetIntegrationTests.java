package fr.metropolerouen.guichetess.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.DossierSteps;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

import static fr.metropolerouen.guichetess.support.DossierSteps.IMMOBILIER;
import static fr.metropolerouen.guichetess.support.DossierSteps.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each dossier is judged by the rule-set version in force on its submission date and keeps it; the grant freezes
 * its conditions; a draft version can be tried on past dossiers. The test configuration ends Location's version 1 on
 * 2029-12-31 and adopts a version 2 (first-year rate 80 % instead of 50 %) from 2030-01-01.
 */
class RuleSetIntegrationTests extends ApiIntegrationTest {

	@Test
	void aDossierKeepsTheVersionInForceOnItsSubmissionDateAfterANewOneComesIn() {
		Map<String, Object> data = DossierSteps.projectData(LOCATION);

		moveEngineClockTo(LocalDate.of(2029, 11, 20));
		data.put("requestedAmount", new BigDecimal("30000.00"));
		data.put("leaseStartDate", LocalDate.of(2030, 1, 15));
		data.put("leaseSignedOn", LocalDate.of(2029, 12, 1));
		String underVersion1 = steps.submitted(steps.newApplicant().username(), data).get("id").asText();
		steps.declareComplete(underVersion1);
		JsonNode judgedByVersion1 = steps.awaitDossier("officer", underVersion1, "suggested amount",
				d -> !d.get("suggestedAmount").isNull());

		moveEngineClockTo(LocalDate.of(2030, 2, 3));
		data.put("leaseStartDate", LocalDate.of(2030, 4, 1));
		data.put("leaseSignedOn", LocalDate.of(2030, 3, 1));
		String underVersion2 = steps.submitted(steps.newApplicant().username(), data).get("id").asText();
		steps.declareComplete(underVersion2);
		JsonNode judgedByVersion2 = steps.awaitDossier("officer", underVersion2, "suggested amount",
				d -> !d.get("suggestedAmount").isNull());

		// 1 250 € a month: 12 × (50 % + 30 % + 20 %) of it under version 1, 12 × (80 % + 30 % + 20 %) under version 2
		assertThat(judgedByVersion1.get("ruleSetVersion").asText()).isEqualTo("1");
		assertThat(judgedByVersion1.get("suggestedAmount").decimalValue()).isEqualByComparingTo("15000.00");
		assertThat(judgedByVersion2.get("ruleSetVersion").asText()).isEqualTo("2");
		assertThat(judgedByVersion2.get("suggestedAmount").decimalValue()).isEqualByComparingTo("19500.00");
		assertThat(judgedByVersion2.at("/ruleSet/adoptedBy").asText()).contains("80 %");
		assertThat(judgedByVersion2.at("/eligibility/criteria"))
			.allSatisfy(criterion -> assertThat(criterion.get("ruleSetVersion").asText()).isEqualTo("2"));

		JsonNode stillVersion1 = steps.dossier("officer", underVersion1);
		assertThat(stillVersion1.get("ruleSetVersion").asText()).isEqualTo("1");
		assertThat(stillVersion1.get("suggestedAmount").decimalValue()).isEqualByComparingTo("15000.00");
		assertThat(stillVersion1.at("/eligibility/verdict").asText()).isEqualTo("ELIGIBLE");
		assertThat(stillVersion1.at("/eligibility/criteria"))
			.allSatisfy(criterion -> assertThat(criterion.get("ruleSetVersion").asText()).isEqualTo("1"));
		assertThat(stillVersion1.at("/ruleSet/parameters/firstYearRate").decimalValue()).isEqualByComparingTo("0.50");

		// the grant, decided under version 2's period, freezes version 1's conditions for this dossier
		steps.review(underVersion1, new BigDecimal("15000.00"));
		api.as("finance").post("/api/envelopes", Map.of("scheme", LOCATION, "year", 2030, "allocated", 100000)).expect(201);
		String session = steps.session("Bureau de février 2030");
		steps.putOnAgenda(session, underVersion1);
		steps.decideAndClose(session, underVersion1, "GRANTED", new BigDecimal("15000.00"), null).expect(200);
		JsonNode granted = steps.dossier("officer", underVersion1);
		assertThat(granted.get("status").asText()).isEqualTo("GRANTED");
		assertThat(granted.at("/ruleSet/version").asText()).isEqualTo("1");
		assertThat(granted.at("/ruleSet/parameters/firstYearRate").decimalValue()).isEqualByComparingTo("0.50");
	}

	@Test
	void theRuleSetsArePublicButDraftsOnlyForAdministrators() {
		JsonNode adopted = api.anonymous().get("/api/rule-sets").expect(200);
		assertThat(adopted).extracting(v -> v.get("scheme").asText() + " v" + v.get("version").asText())
			.contains("IMMOBILIER_ESS v1", "LOCATION_ESS v1", "LOCATION_ESS v2")
			.doesNotContain("LOCATION_ESS v3-projet");
		assertThat(adopted).allSatisfy(version -> {
			assertThat(version.get("adoptedBy").asText()).isNotBlank();
			assertThat(version.get("validFrom").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
		});
		assertThat(api.as("admin").get("/api/admin/rule-sets").expect(200))
			.extracting(v -> v.get("version").asText() + "/" + v.get("status").asText())
			.contains("3-projet/DRAFT");
		assertThat(api.as("officer").get("/api/admin/rule-sets").status()).isEqualTo(403);
		JsonNode schemes = api.anonymous().get("/api/schemes").expect(200);
		assertThat(schemes).allSatisfy(scheme -> assertThat(scheme.get("ruleSetVersion").asText()).isEqualTo("1"));
	}

	@Test
	void aDraftVersionReplayedOnPastDossiersShowsWhatWouldChange() {
		String id = steps.submitted(steps.newApplicant().username(), DossierSteps.projectData(LOCATION)).get("id")
			.asText();
		steps.declareComplete(id);
		steps.awaitTask("officer", id, "REVIEW");

		assertThat(api.as("officer")
			.post("/api/admin/rule-sets/replay", Map.of("scheme", LOCATION, "version", "3-projet"))
			.status()).isEqualTo(403);
		JsonNode report = api.as("admin")
			.post("/api/admin/rule-sets/replay", Map.of("scheme", LOCATION, "version", "3-projet"))
			.expect(200);

		assertThat(report.get("evaluated").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(report.get("changed").asInt()).isEqualTo(report.get("changes").size());
		JsonNode change = null;
		for (JsonNode candidate : report.get("changes")) {
			if (candidate.get("dossierId").asText().equals(id)) {
				change = candidate;
			}
		}
		assertThat(change).as("the dossier's amount would change").isNotNull();
		// 1 250 € a month: 60 % instead of 50 % of the first year's rent is 1 500 € more
		assertThat(change.get("currentAmount").decimalValue()).isEqualByComparingTo("15000.00");
		assertThat(change.get("replayedAmount").decimalValue()).isEqualByComparingTo("16500.00");
		assertThat(change.get("amountDifference").decimalValue()).isEqualByComparingTo("1500.00");
		assertThat(change.get("currentVerdict").asText()).isEqualTo(change.get("replayedVerdict").asText());
		assertThat(steps.dossier("officer", id).get("ruleSetVersion").asText()).as("nothing is saved").isEqualTo("1");
		assertThat(steps.dossier("officer", id).get("suggestedAmount").decimalValue()).isEqualByComparingTo("15000.00");
	}

	@Test
	void anOfficerProposesMoreThanTheSuggestedAmountOnlyWithAJustification() {
		String applicant = steps.newApplicant().username();
		String id = steps.submitted(applicant, DossierSteps.projectData(LOCATION)).get("id").asText();
		steps.declareComplete(id);
		steps.awaitTask("officer", id, "REVIEW");

		JsonNode refused = api.as("officer")
			.post("/api/dossiers/" + id + "/review",
					Map.of("proposedAmount", new BigDecimal("15000.01"), "opinion", "Projet structurant."))
			.expect(400);
		assertThat(refused.get("errors").get(0).get("field").asText()).isEqualTo("justification");
		api.as("officer")
			.post("/api/dossiers/" + id + "/review", Map.of("proposedAmount", new BigDecimal("18000.00"), "opinion",
					"Projet structurant.", "justification", "Loyer de marché du quartier supérieur au loyer pris en compte."))
			.expect(200);

		assertThat(steps.dossier("officer", id).get("proposalJustification").asText()).contains("Loyer de marché");
		assertThat(steps.dossier(applicant, id).get("proposalJustification").isNull())
			.as("preparatory: not shown to the applicant before the decision")
			.isTrue();
	}

	@Test
	void aSecondLocationApplicationWithinThreeYearsIsNotEligible() {
		String applicant = steps.newApplicant().username();
		String first = steps.submitted(applicant, DossierSteps.projectData(LOCATION)).get("id").asText();
		steps.declareComplete(first);
		steps.awaitTask("officer", first, "REVIEW");

		String second = steps.submitted(applicant, DossierSteps.projectData(LOCATION)).get("id").asText();
		steps.declareComplete(second);
		steps.awaitTask("officer", second, "ELIGIBILITY_CONFIRMATION");
		JsonNode judged = steps.dossier("officer", second);
		assertThat(judged.at("/eligibility/verdict").asText()).isEqualTo("INELIGIBLE");
		assertThat(criterion(judged, "REAPPLICATION_INTERVAL").get("outcome").asText()).isEqualTo("NOT_MET");

		String immobilier = steps.submitted(applicant, DossierSteps.projectData(IMMOBILIER)).get("id").asText();
		steps.declareComplete(immobilier);
		steps.awaitTask("officer", immobilier, "REVIEW");
	}

	@Test
	void deMinimisIsCheckedAgainAtTheDecisionWithTheAidGrantedMeanwhile() {
		String applicant = steps.newApplicant().username();
		List<Map<String, Object>> declared = List.of(Map.of("grantor", "Région Normandie", "grantedOn",
				DossierSteps.today().minusMonths(6), "amount", new BigDecimal("250000.00")));
		Map<String, Object> premises = DossierSteps.projectData(IMMOBILIER);
		premises.put("deMinimisAids", declared);
		premises.put("requestedAmount", new BigDecimal("40000.00"));
		Map<String, Object> rent = DossierSteps.projectData(LOCATION);
		rent.put("deMinimisAids", declared);
		String first = steps.awaitingCommittee(applicant, premises, new BigDecimal("40000.00"));
		String second = steps.awaitingCommittee(applicant, rent, new BigDecimal("15000.00"));

		String session = steps.session("Bureau de minimis");
		steps.putOnAgenda(session, first, second);
		steps.decide(session, first, "GRANTED", new BigDecimal("40000.00"), null).expect(200);
		JsonNode refusal = steps.decide(session, second, "GRANTED", new BigDecimal("15000.00"), null).expect(409);
		assertThat(refusal.get("detail").asText()).contains("minimis").contains("10");
		assertThat(steps.dossier("officer", second).get("status").asText()).isEqualTo("AWAITING_COMMITTEE");
		steps.decide(session, second, "GRANTED", new BigDecimal("10000.00"), null).expect(200);
		steps.close(session).expect(200);
		assertThat(steps.dossier("officer", second).get("grantedAmount").decimalValue()).isEqualByComparingTo("10000.00");
	}

	@Test
	void theAidNeverExceedsTheOrganisationsOwnFunds() {
		Map<String, Object> data = DossierSteps.projectData(IMMOBILIER);
		data.put("ownFunds", new BigDecimal("30000.00"));
		String id = steps.submitted(steps.newApplicant().username(), data).get("id").asText();
		steps.declareComplete(id);
		JsonNode judged = steps.awaitDossier("officer", id, "suggested amount", d -> !d.get("suggestedAmount").isNull());
		assertThat(judged.get("suggestedAmount").decimalValue()).isEqualByComparingTo("30000.00");
		assertThat(criterion(judged, "OWN_FUNDS").get("outcome").asText()).isEqualTo("MET");
	}

	private static void moveEngineClockTo(LocalDate day) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(ZoneId.of("Europe/Paris")).toInstant()));
	}

	private static JsonNode criterion(JsonNode dossier, String code) {
		for (JsonNode criterion : dossier.at("/eligibility/criteria")) {
			if (criterion.get("code").asText().equals(code)) {
				return criterion;
			}
		}
		throw new AssertionError("No criterion " + code);
	}

}
