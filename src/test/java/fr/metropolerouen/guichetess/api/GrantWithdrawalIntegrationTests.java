package fr.metropolerouen.guichetess.api;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.support.Api;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.DossierSteps;
import fr.metropolerouen.guichetess.support.DossierSteps.Applicant;
import fr.metropolerouen.guichetess.support.Pdfs;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

import static fr.metropolerouen.guichetess.support.DossierSteps.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Withdrawal of a grant whose conditions were breached, through the HTTP API only: the notice, the beneficiary's
 * observations or the end of the period (by moving the engine clock), the motivated decision and its money in the
 * ledger, the letters. Each test applies with an organisation of its own (Location allows one application per
 * organisation every three years). Runs on H2 and on PostgreSQL.
 */
class GrantWithdrawalIntegrationTests extends ApiIntegrationTest {

	private static final String FACTS = "Constat du 3 novembre : la structure a quitté le local aidé du 12 rue des"
			+ " Arts et n'y exerce plus son activité.";

	private static final String MOTIVATION = "Considérant que l'aide était subordonnée à l'occupation du local aidé"
			+ " pendant trois ans (article 4 de la convention) et que la structure l'a quitté après un an, l'aide est"
			+ " retirée à proportion des deux années non accomplies (CRPA L.242-2 2°).";

	@Test
	void observationsThenAPartialWithdrawalReleaseWhatRemainsAndOrderTheRestBackToTheCent() {
		Applicant applicant = steps.newApplicant();
		String id = steps.granted(applicant.username(), DossierSteps.projectData(LOCATION), new BigDecimal("5000.00"));
		String reference = steps.dossier("officer", id).get("reference").asText();
		String receipts = steps.uploadProof(applicant.username(), id, "RENT_RECEIPTS");
		String payment = steps.requestPayment(applicant.username(), id, "ANNUAL_INSTALMENT", new BigDecimal("2500.00"),
				new BigDecimal("15000.00"), List.of(receipts)).expect(201).get("id").asText();
		steps.approve(payment, new BigDecimal("2500.00")).expect(200);

		JsonNode opened = open(id, Map.of("trigger", "PREMISES_LEFT", "facts", FACTS)).expect(201);
		String procedure = opened.get("id").asText();
		LocalDate deadline = DossierSteps.today().plusDays(15);
		assertThat(opened.get("number").asInt()).isEqualTo(1);
		assertThat(opened.get("status").asText()).isEqualTo("AWAITING_OBSERVATIONS");
		assertThat(opened.get("observationDeadline").asText()).isEqualTo(deadline.toString());
		assertThat(Pdfs.plainSpaces(letterText(applicant.username(), id, "WITHDRAWAL_NOTICE")))
			.contains(reference, FACTS, "Départ des locaux aidés", "L. 242-2 2°", "L. 122-1",
					"jusqu'au " + FrenchFormat.longDate(deadline) + " inclus")
			.doesNotContain("Voies et délais de recours");
		JsonNode observationTask = steps.awaitTask(applicant.username(), id, "WITHDRAWAL_OBSERVATIONS");
		assertThat(observationTask.get("withdrawalProcedureId").asText()).isEqualTo(procedure);
		assertThat(steps.task("officer", id, "WITHDRAWAL_DECISION")).as("no decision before the observations").isNull();
		decide(procedure, "DROP", null, MOTIVATION).expect(409);

		String lease = steps.uploadProof(applicant.username(), id, "RENT_RECEIPTS");
		JsonNode answered = api.as(applicant.username())
			.post("/api/withdrawal-procedures/" + procedure + "/observations",
					Map.of("text", "Nous avons déménagé dans un local voisin, bail joint.", "documentIds", List.of(lease)))
			.expect(200);
		assertThat(answered.get("status").asText()).isEqualTo("AWAITING_DECISION");
		assertThat(answered.get("observationDocumentIds")).extracting(JsonNode::asText).containsExactly(lease);
		api.as(applicant.username())
			.post("/api/withdrawal-procedures/" + procedure + "/observations", Map.of("text", "Encore un mot."))
			.expect(409);
		steps.awaitTask("officer", id, "WITHDRAWAL_DECISION");

		JsonNode tooMuch = decide(procedure, "WITHDRAW_PARTIAL", new BigDecimal("5000.00"), MOTIVATION).expect(400);
		assertThat(tooMuch.toString()).contains("withdrawnAmount", "retrait total");
		JsonNode decided = decide(procedure, "WITHDRAW_PARTIAL", new BigDecimal("4000.00"), MOTIVATION).expect(200);
		int year = DossierSteps.today().getYear();
		assertThat(decided.get("status").asText()).isEqualTo("DECIDED");
		assertThat(decided.get("withdrawnAmount").decimalValue()).isEqualByComparingTo("4000.00");
		assertThat(decided.get("releasedAmount").decimalValue()).as("the unpaid remainder").isEqualByComparingTo("2500.00");
		assertThat(decided.get("recoveredAmount").decimalValue()).as("paid, to repay").isEqualByComparingTo("1500.00");
		String order = decided.get("recoveryOrderReference").asText();
		assertThat(order).matches("TR-" + year + "-\\d{4}");

		JsonNode money = api.as("finance").get("/api/finance/dossiers/" + id).expect(200);
		assertThat(money.get("engaged").decimalValue()).isEqualByComparingTo("5000.00");
		assertThat(money.get("released").decimalValue()).isEqualByComparingTo("2500.00");
		assertThat(money.get("paid").decimalValue()).isEqualByComparingTo("2500.00");
		assertThat(money.get("recovered").decimalValue()).isEqualByComparingTo("1500.00");
		assertThat(money.get("remainingToPay").decimalValue()).isEqualByComparingTo("0.00");
		assertThat(money.get("netPaid").decimalValue()).isEqualByComparingTo("1000.00");
		assertThat(money.get("entries")).extracting(entry -> entry.get("kind").asText())
			.containsExactly("ENGAGEMENT", "PAYMENT", "RELEASE", "RECOVERY");
		assertThat(money.get("entries").get(2).get("reason").asText()).isEqualTo("WITHDRAWAL");
		assertThat(money.get("entries").get(3).get("deliberationReference").asText()).isEqualTo(order);

		JsonNode dossier = steps.dossier(applicant.username(), id);
		assertThat(dossier.get("status").asText()).as("nothing remains to pay: closed").isEqualTo("CLOSED");
		assertThat(actions(dossier)).containsSubsequence("PAYMENT_APPROVED", "WITHDRAWAL_OPENED", "LETTER_ISSUED",
				"WITHDRAWAL_OBSERVATIONS_RECEIVED", "ENGAGEMENT_RELEASED", "RECOVERY_ORDERED", "WITHDRAWAL_DECIDED",
				"CLOSED");
		assertThat(Pdfs.plainSpaces(letterText(applicant.username(), id, "WITHDRAWAL_DECISION")))
			.contains(reference, "Vos observations, reçues le", MOTIVATION, "retirée en partie, à hauteur de 4 000,00 €",
					"Part de l'aide qui ne vous sera pas versée : 2 500,00 €",
					"Somme déjà versée que vous devez reverser : 1 500,00 €", "titre de recette n° " + order,
					"Voies et délais de recours");
		assertThat(api.as("officer").get("/api/tasks?dossierId=" + id).expect(200))
			.as("the withdrawal and the dossier's own process have ended")
			.isEmpty();
		assertThat(api.as(applicant.username()).get("/api/dossiers/" + id + "/withdrawal-procedures").expect(200))
			.singleElement()
			.satisfies(seen -> assertThat(seen.get("recoveryOrderReference").asText()).isEqualTo(order));
	}

	@Test
	void withoutObservationsTheDecisionWaitsForTheEndOfThePeriodAndLateObservationsAreRefused() {
		Applicant applicant = steps.newApplicant();
		String id = steps.granted(applicant.username(), DossierSteps.projectData(LOCATION), new BigDecimal("3000.00"));
		String procedure = open(id, Map.of("trigger", "ACTIVITY_STOPPED", "facts", FACTS, "observationDays", 10))
			.expect(201)
			.get("id")
			.asText();
		steps.awaitTask(applicant.username(), id, "WITHDRAWAL_OBSERVATIONS");
		JsonNode early = decide(procedure, "WITHDRAW_FULL", null, MOTIVATION).expect(409);
		assertThat(Pdfs.plainSpaces(early.get("detail").asText())).contains("peut présenter ses observations jusqu'au");

		ClockUtil.offset(Duration.ofDays(11).toMillis());
		steps.awaitTask("officer", id, "WITHDRAWAL_DECISION");
		assertThat(steps.task(applicant.username(), id, "WITHDRAWAL_OBSERVATIONS")).isNull();
		assertThat(api.as("officer").get("/api/withdrawal-procedures/" + procedure).expect(200).get("status").asText())
			.isEqualTo("AWAITING_DECISION");
		JsonNode late = api.as(applicant.username())
			.post("/api/withdrawal-procedures/" + procedure + "/observations", Map.of("text", "Nous étions absents."))
			.expect(409);
		assertThat(Pdfs.plainSpaces(late.get("detail").asText())).contains("délai pour présenter des observations a expiré");

		decide(procedure, "WITHDRAW_FULL", null, MOTIVATION).expect(200);
		assertThat(Pdfs.plainSpaces(letterText(applicant.username(), id, "WITHDRAWAL_DECISION")))
			.contains("Vous n'avez pas présenté d'observations dans ce délai", "retirée en totalité");
	}

	@Test
	void aDroppedProcedureMovesNoMoneyKeepsTheGrantAndSaysSo() {
		Applicant applicant = steps.newApplicant();
		String id = steps.granted(applicant.username(), DossierSteps.projectData(LOCATION), new BigDecimal("2000.00"));
		String procedure = open(id, Map.of("trigger", "FALSE_STATEMENT", "facts", FACTS)).expect(201).get("id").asText();
		String receipts = steps.uploadProof(applicant.username(), id, "RENT_RECEIPTS");
		JsonNode held = steps.requestPayment(applicant.username(), id, "ANNUAL_INSTALMENT", new BigDecimal("100.00"),
				new BigDecimal("15000.00"), List.of(receipts)).expect(409);
		assertThat(Pdfs.plainSpaces(held.get("detail").asText()))
			.isEqualTo("Une procédure de retrait est en cours sur ce dossier : aucun versement ne peut être demandé,"
					+ " liquidé ni mandaté avant la décision.");
		steps.awaitTask(applicant.username(), id, "WITHDRAWAL_OBSERVATIONS");
		api.as(applicant.username())
			.post("/api/withdrawal-procedures/" + procedure + "/observations",
					Map.of("text", "La déclaration était exacte : voici l'attestation de l'expert-comptable."))
			.expect(200);
		steps.awaitTask("officer", id, "WITHDRAWAL_DECISION");

		JsonNode dropped = decide(procedure, "DROP", null, "Les observations établissent que la déclaration était"
				+ " exacte.").expect(200);

		assertThat(dropped.get("outcome").asText()).isEqualTo("DROP");
		assertThat(steps.requestPayment(applicant.username(), id, "ANNUAL_INSTALMENT", new BigDecimal("100.00"),
				new BigDecimal("15000.00"), List.of(receipts)).status())
			.as("payments may go on once the procedure is over")
			.isEqualTo(201);
		assertThat(dropped.get("withdrawnAmount").isNull()).isTrue();
		assertThat(dropped.get("recoveryOrderReference").isNull()).isTrue();
		JsonNode money = api.as("finance").get("/api/finance/dossiers/" + id).expect(200);
		assertThat(money.get("entries")).extracting(entry -> entry.get("kind").asText()).containsExactly("ENGAGEMENT");
		assertThat(steps.dossier(applicant.username(), id).get("status").asText()).isEqualTo("GRANTED");
		assertThat(Pdfs.plainSpaces(letterText(applicant.username(), id, "WITHDRAWAL_DROPPED")))
			.contains("ne pas donner suite à cette procédure", "la déclaration était exacte", "2 000,00 € est maintenue");
		assertThat(open(id, Map.of("trigger", "OTHER", "facts", FACTS)).expect(201).get("number").asInt())
			.as("a dropped procedure is over: another may be opened")
			.isEqualTo(2);
		assertThat(letterText(applicant.username(), id, "WITHDRAWAL_NOTICE", 2)).isNotBlank();
	}

	@Test
	void aFullWithdrawalOfANeverPaidGrantReleasesTheWholeEngagementAndRecoversNothing() {
		Applicant applicant = steps.newApplicant();
		int year = DossierSteps.today().getYear();
		BigDecimal availableBefore = steps.envelope(LOCATION, year).get("available").decimalValue();
		String id = steps.granted(applicant.username(), DossierSteps.projectData(LOCATION), new BigDecimal("1800.00"));
		String procedure = open(id, Map.of("trigger", "BUILDING_SOLD", "facts", FACTS)).expect(201).get("id").asText();
		steps.awaitTask(applicant.username(), id, "WITHDRAWAL_OBSERVATIONS");
		api.as(applicant.username())
			.post("/api/withdrawal-procedures/" + procedure + "/observations", Map.of("text", "Nous en prenons acte."))
			.expect(200);
		steps.awaitTask("officer", id, "WITHDRAWAL_DECISION");

		JsonNode decided = decide(procedure, "WITHDRAW_FULL", null, MOTIVATION).expect(200);

		assertThat(decided.get("withdrawnAmount").decimalValue()).isEqualByComparingTo("1800.00");
		assertThat(decided.get("releasedAmount").decimalValue()).isEqualByComparingTo("1800.00");
		assertThat(decided.get("recoveredAmount").decimalValue()).isEqualByComparingTo("0.00");
		assertThat(decided.get("recoveryOrderReference").isNull()).isTrue();
		JsonNode money = api.as("finance").get("/api/finance/dossiers/" + id).expect(200);
		assertThat(money.get("entries")).extracting(entry -> entry.get("kind").asText())
			.containsExactly("ENGAGEMENT", "RELEASE");
		assertThat(money.get("remainingToPay").decimalValue()).isEqualByComparingTo("0.00");
		assertThat(steps.envelope(LOCATION, year).get("available").decimalValue())
			.as("the whole grant is back in the envelope")
			.isEqualByComparingTo(availableBefore);
		JsonNode dossier = steps.dossier(applicant.username(), id);
		assertThat(dossier.get("status").asText()).isEqualTo("GRANT_WITHDRAWN");
		assertThat(actions(dossier)).containsSubsequence("WITHDRAWAL_DECIDED", "GRANT_WITHDRAWN").doesNotContain(
				"RECOVERY_ORDERED");
		assertThat(api.as("officer").get("/api/dossiers/" + id + "/deadlines").expect(200))
			.as("a withdrawn grant has no deadline left to lapse")
			.isNotEmpty()
			.allSatisfy(deadline -> assertThat(deadline.get("status").asText()).isEqualTo("CANCELLED"));
		assertThat(Pdfs.plainSpaces(letterText(applicant.username(), id, "WITHDRAWAL_DECISION")))
			.contains("retirée en totalité", "aucun reversement ne vous est demandé");
		assertThat(api.as("officer").get("/api/tasks?dossierId=" + id).expect(200)).isEmpty();
		open(id, Map.of("trigger", "OTHER", "facts", FACTS)).expect(409);
	}

	@Test
	void aGrantPaidInFullAndClosedIsWithdrawnByOrderingEverythingBack() {
		Applicant applicant = steps.newApplicant();
		Map<String, Object> oneYearLease = DossierSteps.projectData(LOCATION);
		oneYearLease.put("leaseDurationMonths", 12);
		String id = steps.granted(applicant.username(), oneYearLease, new BigDecimal("2000.00"));
		String receipts = steps.uploadProof(applicant.username(), id, "RENT_RECEIPTS");
		String payment = steps.requestPayment(applicant.username(), id, "ANNUAL_INSTALMENT", new BigDecimal("2000.00"),
				new BigDecimal("15000.00"), List.of(receipts)).expect(201).get("id").asText();
		steps.approve(payment, new BigDecimal("2000.00")).expect(200);
		assertThat(steps.dossier("officer", id).get("status").asText()).isEqualTo("CLOSED");

		String procedure = open(id, Map.of("trigger", "ACTIVITY_STOPPED", "facts", FACTS)).expect(201).get("id").asText();
		steps.awaitTask(applicant.username(), id, "WITHDRAWAL_OBSERVATIONS");
		api.as(applicant.username())
			.post("/api/withdrawal-procedures/" + procedure + "/observations", Map.of("text", "L'activité reprendra."))
			.expect(200);
		steps.awaitTask("officer", id, "WITHDRAWAL_DECISION");
		JsonNode decided = decide(procedure, "WITHDRAW_FULL", null, MOTIVATION).expect(200);

		assertThat(decided.get("releasedAmount").decimalValue()).isEqualByComparingTo("0.00");
		assertThat(decided.get("recoveredAmount").decimalValue()).isEqualByComparingTo("2000.00");
		assertThat(decided.get("recoveryOrderReference").asText()).matches("TR-\\d{4}-\\d{4}");
		JsonNode money = api.as("finance").get("/api/finance/dossiers/" + id).expect(200);
		assertThat(money.get("entries")).extracting(entry -> entry.get("kind").asText())
			.containsExactly("ENGAGEMENT", "PAYMENT", "RECOVERY");
		assertThat(money.get("netPaid").decimalValue()).isEqualByComparingTo("0.00");
		assertThat(steps.dossier(applicant.username(), id).get("status").asText()).isEqualTo("GRANT_WITHDRAWN");
		assertThat(Pdfs.plainSpaces(letterText(applicant.username(), id, "WITHDRAWAL_DECISION")))
			.contains("Somme déjà versée que vous devez reverser : 2 000,00 € (deux mille euros)");
		assertThat(open(id, Map.of("trigger", "OTHER", "facts", FACTS)).expect(409).get("detail").asText())
			.as("nothing is left to withdraw")
			.contains("n'a pas d'aide accordée à retirer");
	}

	@Test
	void onlyTheOfficerOpensAndDecidesAndOtherOrganisationsSeeNothing() {
		Applicant applicant = steps.newApplicant();
		Applicant stranger = steps.newApplicant();
		String id = steps.granted(applicant.username(), DossierSteps.projectData(LOCATION), new BigDecimal("1200.00"));

		open(id, Map.of("trigger", "PREMISES_LEFT", "facts", FACTS), applicant.username()).expect(403);
		JsonNode missingFacts = open(id, Map.of("trigger", "PREMISES_LEFT")).expect(400);
		assertThat(missingFacts.toString()).contains("facts", "est obligatoire");
		String procedure = open(id, Map.of("trigger", "PREMISES_LEFT", "facts", FACTS)).expect(201).get("id").asText();
		JsonNode second = open(id, Map.of("trigger", "OTHER", "facts", FACTS)).expect(409);
		assertThat(second.get("detail").asText()).contains("déjà en cours");

		api.as(stranger.username()).get("/api/withdrawal-procedures/" + procedure).expect(404);
		api.as(stranger.username()).get("/api/dossiers/" + id + "/withdrawal-procedures").expect(404);
		api.as(stranger.username())
			.post("/api/withdrawal-procedures/" + procedure + "/observations", Map.of("text", "Intrus."))
			.expect(404);
		api.as(applicant.username()).get("/api/withdrawal-procedures/" + procedure).expect(200);
		api.as("officer")
			.post("/api/withdrawal-procedures/" + procedure + "/observations", Map.of("text", "Pas mon rôle."))
			.expect(403);
		steps.awaitTask(applicant.username(), id, "WITHDRAWAL_OBSERVATIONS");
		api.as(applicant.username())
			.post("/api/withdrawal-procedures/" + procedure + "/observations", Map.of("text", "Nous contestons."))
			.expect(200);
		steps.awaitTask("officer", id, "WITHDRAWAL_DECISION");

		api.as(applicant.username())
			.post("/api/withdrawal-procedures/" + procedure + "/decision",
					Map.of("outcome", "DROP", "motivation", MOTIVATION))
			.expect(403);
		JsonNode unmotivated = decide(procedure, "WITHDRAW_FULL", null, " ").expect(400);
		assertThat(unmotivated.get("detail").asText()).isNotBlank();
		assertThat(unmotivated.toString()).contains("motivation", "considérations de droit et de fait");
		assertThat(api.as("officer").get("/api/withdrawal-procedures/" + procedure).expect(200).get("status").asText())
			.isEqualTo("AWAITING_DECISION");
		String refused = steps.awaitingCommittee(stranger.username(), DossierSteps.projectData(LOCATION),
				new BigDecimal("1000.00"));
		assertThat(open(refused, Map.of("trigger", "OTHER", "facts", FACTS)).expect(409).get("detail").asText())
			.contains("n'a pas d'aide accordée à retirer");
	}

	private Api.Response open(String dossierId, Map<String, Object> form) {
		return open(dossierId, form, "officer");
	}

	private Api.Response open(String dossierId, Map<String, Object> form,
			String user) {
		return api.as(user).post("/api/dossiers/" + dossierId + "/withdrawal-procedures", form);
	}

	private Api.Response decide(String procedureId, String outcome,
			BigDecimal amount, String motivation) {
		Map<String, Object> form = new HashMap<>();
		form.put("outcome", outcome);
		form.put("withdrawnAmount", amount);
		form.put("motivation", motivation);
		return api.as("officer").post("/api/withdrawal-procedures/" + procedureId + "/decision", form);
	}

	private String letterText(String reader, String dossierId, String kind) {
		return letterText(reader, dossierId, kind, 1);
	}

	/** The text of the dossier's {@code occurrence}-th letter of this kind, once it is issued. */
	private String letterText(String reader, String dossierId, String kind, int occurrence) {
		JsonNode dossier = steps.awaitDossier(reader, dossierId, kind + " letter n° " + occurrence,
				d -> letters(d, kind).size() >= occurrence);
		String letterId = letters(dossier, kind).get(occurrence - 1).get("id").asText();
		return Pdfs.text(api.as(reader).get("/api/dossiers/" + dossierId + "/letters/" + letterId).ok().body());
	}

	private static List<JsonNode> letters(JsonNode dossier, String kind) {
		List<JsonNode> found = new ArrayList<>();
		dossier.get("letters").forEach(letter -> {
			if (letter.get("kind").asText().equals(kind)) {
				found.add(letter);
			}
		});
		return found;
	}

	private static List<String> actions(JsonNode dossier) {
		List<String> actions = new ArrayList<>();
		dossier.get("timeline").forEach(entry -> actions.add(entry.get("action").asText()));
		return actions;
	}

}
