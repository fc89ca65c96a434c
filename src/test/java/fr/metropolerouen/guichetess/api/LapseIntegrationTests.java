package fr.metropolerouen.guichetess.api;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.DossierSteps;
import fr.metropolerouen.guichetess.support.DossierSteps.Applicant;
import fr.metropolerouen.guichetess.support.Pdfs;
import fr.metropolerouen.guichetess.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

import static fr.metropolerouen.guichetess.support.DossierSteps.IMMOBILIER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lapse of grants (caducité), through the HTTP API: the deadlines a grant receives, the warning a month before, the
 * lapse with its letter and the release of what was not paid, and the officer's single extension. The dates are
 * reached by moving the engine clock; the job executor fires the timers. Every test moves the clock a year ahead,
 * which makes the grants of other tests lapse too: each test waits for a dossier of its own that must lapse before
 * it checks that another did not.
 */
class LapseIntegrationTests extends ApiIntegrationTest {

	/** Below the agreement threshold: payments may be requested without a convention. */
	private static final BigDecimal GRANT = new BigDecimal("20000.00");

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final String REASON = "Permis de construire retardé par un recours de tiers.";

	/** Timers of every grant of the test database may fire at once when the clock jumps: be patient. */
	private static final Duration PATIENCE = Duration.ofMinutes(2);

	@Test
	void anImmobilierGrantWithoutPaymentRequestIsWarnedThenLapsesAndGivesItsEngagementBack() throws Exception {
		Applicant applicant = steps.newApplicant();
		LocalDate decision = DossierSteps.today();
		String id = steps.granted(applicant.username(), DossierSteps.projectData(IMMOBILIER), GRANT);
		String reference = steps.dossier("officer", id).get("reference").asText();
		LocalDate dueOn = decision.plusMonths(12);

		JsonNode deadlines = api.as(applicant.username()).get("/api/dossiers/" + id + "/deadlines").expect(200);
		assertThat(deadlines).hasSize(2);
		JsonNode firstPayment = deadline(deadlines, "FIRST_PAYMENT_REQUEST");
		assertThat(firstPayment.get("status").asText()).isEqualTo("OPEN");
		assertThat(firstPayment.get("dueOn").asText()).isEqualTo(dueOn.toString());
		assertThat(firstPayment.get("warnOn").asText()).isEqualTo(dueOn.minusMonths(1).toString());
		assertThat(deadline(deadlines, "COMPLETION").get("dueOn").asText())
			.isEqualTo(decision.plusMonths(36).toString());
		// another organisation's dossier has no deadlines to show: it does not exist for that applicant
		assertThat(api.as("applicant-b").get("/api/dossiers/" + id + "/deadlines").status()).isEqualTo(404);

		moveEngineClockTo(decision.plusMonths(11).plusDays(3));
		JsonNode warning = awaitLetter(id, "LAPSE_WARNING");
		assertThat(warning.get("label").asText()).isEqualTo("Avertissement avant caducité");
		assertThat(letterText(applicant, id, warning)).contains("Référence du dossier : " + reference)
			.contains("Première demande de versement, au plus tard le " + french(dueOn))
			.contains("déposer sur le Guichet ESS une première demande de versement")
			.contains("l'aide deviendra caduque à cette date");
		TestMailServer.awaitMail(applicant.email(), "Avertissement avant caducité – dossier " + reference);
		assertThat(steps.dossier("officer", id).get("status").asText()).isEqualTo("GRANTED");
		JsonNode envelope = steps.envelope(IMMOBILIER, decision.getYear());

		moveEngineClockTo(dueOn.plusDays(1));
		JsonNode lapsed = awaitDossier(id, "lapse", d -> "LAPSED".equals(d.get("status").asText()));
		JsonNode decisionLetter = awaitLetter(id, "LAPSE_DECISION");
		assertThat(letterText(applicant, id, decisionLetter)).contains("Décision de caducité de l'aide")
			.contains("Première demande de versement, au plus tard le " + french(dueOn))
			.contains("L. 211-2")
			.contains("soit 20 000,00 € (vingt mille euros), est annulée et rendue à l'enveloppe du dispositif")
			.contains("Voies et délais de recours");
		MimeMessage mail = TestMailServer.awaitMail(applicant.email(),
				"Décision de caducité de l'aide – dossier " + reference);
		assertThat(mail.getSubject()).contains(reference);
		assertThat(actions(lapsed)).containsSubsequence("DEADLINES_SET", "DEADLINE_WARNING_SENT", "LAPSED",
				"ENGAGEMENT_RELEASED", "DEADLINES_CANCELLED");

		// the whole engagement, to the cent, goes back to the envelope
		JsonNode money = api.as("finance").get("/api/finance/dossiers/" + id).expect(200);
		assertThat(money.get("engaged").decimalValue()).isEqualByComparingTo(GRANT);
		assertThat(money.get("released").decimalValue()).isEqualByComparingTo(GRANT);
		assertThat(money.get("paid").decimalValue()).isEqualByComparingTo("0");
		assertThat(money.get("remainingToPay").decimalValue()).isEqualByComparingTo("0");
		JsonNode release = releaseOf(money);
		assertThat(release.get("reason").asText()).isEqualTo("LAPSE");
		assertThat(availableIncrease(envelope.get("id").asText(), release.get("number").asInt()))
			.isEqualByComparingTo(GRANT);

		JsonNode after = api.as(applicant.username()).get("/api/dossiers/" + id + "/deadlines").expect(200);
		assertThat(deadline(after, "FIRST_PAYMENT_REQUEST").get("status").asText()).isEqualTo("LAPSED");
		assertThat(deadline(after, "FIRST_PAYMENT_REQUEST").get("releasedAmount").decimalValue())
			.isEqualByComparingTo(GRANT);
		assertThat(deadline(after, "COMPLETION").get("status").asText()).isEqualTo("CANCELLED");

		// a lapsed grant pays nothing more
		JsonNode refused = steps.requestPayment(applicant.username(), id, "ADVANCE", new BigDecimal("1000.00"), null,
				List.of()).expect(409);
		assertThat(refused.get("detail").asText()).contains("Aide caduque");
	}

	@Test
	void aPaymentRequestBeforeTheDeadlineMeetsItNoWarningNoLapse() {
		Applicant applicant = steps.newApplicant();
		LocalDate decision = DossierSteps.today();
		String paid = steps.granted(applicant.username(), DossierSteps.projectData(IMMOBILIER), GRANT);
		String idle = steps.granted(steps.newApplicant().username(), DossierSteps.projectData(IMMOBILIER), GRANT);

		moveEngineClockTo(decision.plusMonths(4));
		steps.requestPayment(applicant.username(), paid, "ADVANCE", new BigDecimal("4000.00"), null, List.of())
			.expect(201);
		JsonNode met = deadline(api.as("officer").get("/api/dossiers/" + paid + "/deadlines").expect(200),
				"FIRST_PAYMENT_REQUEST");
		assertThat(met.get("status").asText()).isEqualTo("MET");
		assertThat(met.get("metAt").isNull()).isFalse();

		moveEngineClockTo(decision.plusMonths(12).plusDays(1));
		// the idle grant of the same day lapses: the timers of that date have fired
		awaitDossier(idle, "lapse of the idle grant", d -> "LAPSED".equals(d.get("status").asText()));

		JsonNode dossier = steps.dossier("officer", paid);
		assertThat(dossier.get("status").asText()).isEqualTo("GRANTED");
		assertThat(letterKinds(dossier)).doesNotContain("LAPSE_WARNING", "LAPSE_DECISION");
		assertThat(actions(dossier)).contains("DEADLINE_MET").doesNotContain("DEADLINE_WARNING_SENT", "LAPSED");
		JsonNode deadlines = api.as(applicant.username()).get("/api/dossiers/" + paid + "/deadlines").expect(200);
		assertThat(deadline(deadlines, "FIRST_PAYMENT_REQUEST").get("status").asText()).isEqualTo("MET");
		assertThat(deadline(deadlines, "COMPLETION").get("status").asText()).isEqualTo("OPEN");
	}

	@Test
	void anOfficerExtendsADeadlineOnceWithAReasonAndTheGrantLapsesOnlyAtTheNewDate() throws Exception {
		Applicant applicant = steps.newApplicant();
		LocalDate decision = DossierSteps.today();
		String extended = steps.granted(applicant.username(), DossierSteps.projectData(IMMOBILIER), GRANT);
		String idle = steps.granted(steps.newApplicant().username(), DossierSteps.projectData(IMMOBILIER), GRANT);
		LocalDate dueOn = decision.plusMonths(12);
		LocalDate newDueOn = dueOn.plusMonths(4);
		String path = "/api/dossiers/" + extended + "/deadlines/FIRST_PAYMENT_REQUEST/extension";

		assertThat(api.as(applicant.username())
			.post(path, Map.of("newDueOn", newDueOn, "reason", "Je voudrais plus de temps."))
			.status()).isEqualTo(403);
		JsonNode noReason = api.as("officer").post(path, Map.of("newDueOn", newDueOn)).expect(400);
		assertThat(noReason.get("errors").toString()).contains("reason");
		JsonNode earlier = api.as("officer")
			.post(path, Map.of("newDueOn", dueOn.minusDays(1), "reason", "Erreur de saisie."))
			.expect(400);
		assertThat(earlier.get("errors").toString()).contains("newDueOn");

		JsonNode extension = api.as("officer").post(path, Map.of("newDueOn", newDueOn, "reason", REASON)).expect(200);
		assertThat(extension.get("dueOn").asText()).isEqualTo(newDueOn.toString());
		assertThat(extension.get("originalDueOn").asText()).isEqualTo(dueOn.toString());
		assertThat(extension.get("warnOn").asText()).isEqualTo(newDueOn.minusMonths(1).toString());
		assertThat(extension.get("extendedBy").asText()).isEqualTo("officer");
		assertThat(extension.get("extensionReason").asText()).isEqualTo(REASON);
		JsonNode again = api.as("officer")
			.post(path, Map.of("newDueOn", newDueOn.plusMonths(1), "reason", "Encore un retard."))
			.expect(409);
		assertThat(again.get("detail").asText()).contains("a déjà été prolongée une fois");
		assertThat(timelineDetails(steps.dossier("officer", extended), "DEADLINE_EXTENDED")).singleElement()
			.asString()
			.contains("reportée au " + french(newDueOn), "Motif : " + REASON);

		moveEngineClockTo(dueOn.plusDays(1));
		awaitDossier(idle, "lapse of the grant not extended", d -> "LAPSED".equals(d.get("status").asText()));
		JsonNode stillGranted = steps.dossier("officer", extended);
		assertThat(stillGranted.get("status").asText()).isEqualTo("GRANTED");
		assertThat(letterKinds(stillGranted)).doesNotContain("LAPSE_DECISION");

		moveEngineClockTo(newDueOn.plusDays(1));
		awaitDossier(extended, "lapse at the new date", d -> "LAPSED".equals(d.get("status").asText()));
		JsonNode lapsed = awaitLetter(extended, "LAPSE_DECISION");
		assertThat(letterText(applicant, extended, lapsed)).contains("au plus tard le " + french(newDueOn))
			.contains("après prolongation de l'échéance initiale du " + french(dueOn));
		// extended before its warning date, the deadline was warned once, before its new date
		assertThat(letterKinds(steps.dossier("officer", extended))).filteredOn("LAPSE_WARNING"::equals).hasSize(1);
		assertThat(letterText(applicant, extended, letter(steps.dossier("officer", extended), "LAPSE_WARNING")))
			.contains("au plus tard le " + french(newDueOn) + " (échéance prolongée ; elle était initialement fixée au "
					+ french(dueOn) + ")");
		assertThat(api.as("officer")
			.post(path, Map.of("newDueOn", newDueOn.plusMonths(1), "reason", "Trop tard."))
			.status()).isEqualTo(409);
	}

	// Moving time

	/** Noon of that day in Rouen, on the engine clock; the clock keeps running from there. */
	private static void moveEngineClockTo(LocalDate day) {
		ClockUtil.offset(Duration.between(Instant.now(), day.atTime(12, 0).atZone(PARIS).toInstant()).toMillis());
	}

	// Reading the API

	private JsonNode awaitDossier(String id, String description, Predicate<JsonNode> condition) {
		return Awaitility.await(description)
			.atMost(PATIENCE)
			.pollInterval(Duration.ofMillis(250))
			.until(() -> steps.dossier("officer", id), condition);
	}

	private JsonNode awaitLetter(String id, String kind) {
		JsonNode dossier = awaitDossier(id, kind + " letter", d -> letter(d, kind) != null);
		return letter(dossier, kind);
	}

	private String letterText(Applicant applicant, String dossierId, JsonNode letter) {
		return Pdfs.text(api.as(applicant.username())
			.get("/api/dossiers/" + dossierId + "/letters/" + letter.get("id").asText())
			.ok()
			.body());
	}

	/** How much the envelope's available amount grew with its entry of this number. */
	private BigDecimal availableIncrease(String envelopeId, int number) {
		JsonNode entries = api.as("finance").get("/api/envelopes/" + envelopeId + "/entries").expect(200);
		BigDecimal before = null;
		BigDecimal after = null;
		for (JsonNode entry : entries) {
			if (entry.get("number").asInt() == number - 1) {
				before = entry.get("availableAfter").decimalValue();
			}
			if (entry.get("number").asInt() == number) {
				after = entry.get("availableAfter").decimalValue();
			}
		}
		assertThat(before).as("entry %d", number - 1).isNotNull();
		assertThat(after).as("entry %d", number).isNotNull();
		return after.subtract(before);
	}

	private static JsonNode releaseOf(JsonNode money) {
		for (JsonNode entry : money.get("entries")) {
			if (entry.get("kind").asText().equals("RELEASE")) {
				return entry;
			}
		}
		throw new AssertionError("No release among " + money.get("entries"));
	}

	private static JsonNode deadline(JsonNode deadlines, String kind) {
		for (JsonNode deadline : deadlines) {
			if (deadline.get("kind").asText().equals(kind)) {
				return deadline;
			}
		}
		throw new AssertionError("No deadline " + kind + " among " + deadlines);
	}

	private static JsonNode letter(JsonNode dossier, String kind) {
		for (JsonNode letter : dossier.get("letters")) {
			if (letter.get("kind").asText().equals(kind)) {
				return letter;
			}
		}
		return null;
	}

	private static List<String> letterKinds(JsonNode dossier) {
		return dossier.get("letters").findValuesAsText("kind");
	}

	private static List<String> actions(JsonNode dossier) {
		return dossier.get("timeline").findValuesAsText("action");
	}

	private static List<String> timelineDetails(JsonNode dossier, String action) {
		List<String> details = new ArrayList<>();
		for (JsonNode entry : dossier.get("timeline")) {
			if (entry.get("action").asText().equals(action)) {
				details.add(entry.get("details").asText());
			}
		}
		return details;
	}

	/** As the letters write it ("1er mars 2027"), with plain spaces as {@link Pdfs#text} reads them. */
	private static String french(LocalDate date) {
		return Pdfs.plainSpaces(FrenchFormat.longDate(date));
	}

}
