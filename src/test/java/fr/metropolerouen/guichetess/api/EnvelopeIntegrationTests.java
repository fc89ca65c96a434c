package fr.metropolerouen.guichetess.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.support.DossierSteps;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.Pdfs;
import fr.metropolerouen.guichetess.support.TestYears;
import org.junit.jupiter.api.Test;

import static fr.metropolerouen.guichetess.support.DossierSteps.IMMOBILIER;
import static fr.metropolerouen.guichetess.support.DossierSteps.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The envelope is never over-committed: a grant it cannot cover is refused with nothing changed, and concurrent
 * decisions on one envelope are applied one after the other. Each test works on an envelope of a year of its own.
 */
class EnvelopeIntegrationTests extends ApiIntegrationTest {

	@Test
	void financeOpensAnEnvelopeOncePerSchemeAndYear() {
		int year = TestYears.unusedFor(IMMOBILIER);
		JsonNode envelope = openEnvelope(IMMOBILIER, year, "12345.67");
		assertThat(envelope.get("allocated").decimalValue()).isEqualByComparingTo("12345.67");
		assertThat(envelope.get("engaged").decimalValue()).isEqualByComparingTo("0.00");
		assertThat(envelope.get("paid").decimalValue()).isEqualByComparingTo("0.00");
		assertThat(envelope.get("available").decimalValue()).isEqualByComparingTo("12345.67");
		assertThat(api.as("finance").get("/api/envelopes/" + envelope.get("id").asText()).expect(200).get("year").asInt())
			.isEqualTo(year);

		JsonNode duplicate = api.as("finance")
			.post("/api/envelopes", Map.of("scheme", IMMOBILIER, "year", year, "allocated", 1))
			.expect(409);
		assertThat(duplicate.get("detail").asText()).contains("existe déjà");
		api.as("committee").post("/api/envelopes", Map.of("scheme", IMMOBILIER, "year", year + 1000, "allocated", 1))
			.expect(403);
		JsonNode ledger = api.as("finance").get("/api/envelopes/" + envelope.get("id").asText() + "/entries").expect(200);
		assertThat(ledger).singleElement().satisfies(entry -> {
			assertThat(entry.get("kind").asText()).isEqualTo("ALLOCATION");
			assertThat(entry.get("amount").decimalValue()).isEqualByComparingTo("12345.67");
			assertThat(entry.get("recordedBy").asText()).isEqualTo("finance");
		});
	}

	@Test
	void aGrantBeyondTheAvailableAmountIsRefusedAndNothingChanges() {
		int year = TestYears.unusedFor(IMMOBILIER);
		JsonNode envelope = openEnvelope(IMMOBILIER, year, "10000.00");
		String id = steps.awaitingCommittee(steps.newApplicant().username(), DossierSteps.projectData(IMMOBILIER), new BigDecimal("10000.01"));
		String session = sessionOf(year, "Bureau de l'enveloppe trop courte");
		steps.putOnAgenda(session, id);

		JsonNode refusal = steps.decide(session, id, "GRANTED", new BigDecimal("10000.01"), null).expect(409);
		assertThat(refusal.get("title").asText()).isNotBlank();
		assertThat(Pdfs.plainSpaces(refusal.get("detail").asText())).contains("ne dispose plus que de 10 000,00 €",
				"l'aide de 10 000,01 €");

		JsonNode unchanged = api.as("finance").get("/api/envelopes/" + envelope.get("id").asText()).expect(200);
		assertThat(unchanged.get("engaged").decimalValue()).isEqualByComparingTo("0.00");
		assertThat(unchanged.get("available").decimalValue()).isEqualByComparingTo("10000.00");
		JsonNode dossier = steps.dossier("officer", id);
		assertThat(dossier.get("status").asText()).isEqualTo("AWAITING_COMMITTEE");
		assertThat(dossier.get("grantedAmount").isNull()).isTrue();
		assertThat(DossierSteps.lettersAfterReceipt(dossier)).isEmpty();
		assertThat(steps.task("committee", id, "COMMITTEE_DECISION")).as("the decision step is still open").isNotNull();
		JsonNode agenda = api.as("committee").get("/api/committee-sessions/" + session).expect(200).get("agenda");
		assertThat(agenda.get(0).get("outcome").isNull()).isTrue();

		steps.decideAndClose(session, id, "GRANTED", new BigDecimal("10000.00"), null).expect(200);
		JsonNode exhausted = api.as("finance").get("/api/envelopes/" + envelope.get("id").asText()).expect(200);
		assertThat(exhausted.get("engaged").decimalValue()).isEqualByComparingTo("10000.00");
		assertThat(exhausted.get("available").decimalValue()).isEqualByComparingTo("0.00");
		assertThat(steps.decide(session, id, "GRANTED", new BigDecimal("10000.00"), null).expect(409).get("detail")
			.asText()).contains("close");
		steps.close(session).expect(409);
		assertThat(api.as("finance").get("/api/envelopes/" + envelope.get("id").asText()).expect(200).get("engaged")
			.decimalValue()).as("a replayed decision or closing engages nothing more").isEqualByComparingTo("10000.00");
	}

	@Test
	void aDecisionWithoutAnEnvelopeForItsYearIsRefused() {
		int year = TestYears.unusedFor(IMMOBILIER);
		String id = steps.awaitingCommittee(steps.newApplicant().username(), DossierSteps.projectData(IMMOBILIER), new BigDecimal("500.00"));
		String session = sessionOf(year, "Bureau sans enveloppe");
		steps.putOnAgenda(session, id);
		JsonNode refusal = steps.decide(session, id, "GRANTED", new BigDecimal("500.00"), null).expect(409);
		assertThat(refusal.get("detail").asText()).contains("Aucune enveloppe", String.valueOf(year));
		assertThat(steps.dossier("officer", id).get("status").asText()).isEqualTo("AWAITING_COMMITTEE");
	}

	@Test
	void concurrentGrantsNeverCommitMoreThanTheEnvelope() throws Exception {
		int year = TestYears.unusedFor(IMMOBILIER);
		JsonNode envelope = openEnvelope(IMMOBILIER, year, "10000.00");
		int dossiers = 8;
		List<String> ids = new ArrayList<>();
		List<String> sessions = new ArrayList<>();
		for (int i = 0; i < dossiers; i++) {
			String id = steps.awaitingCommittee(steps.newApplicant().username(), DossierSteps.projectData(IMMOBILIER), new BigDecimal("2000.00"));
			// one session per dossier: only the envelope is shared by the concurrent decisions
			String session = sessionOf(year, "Bureau concurrent " + i);
			steps.putOnAgenda(session, id);
			ids.add(id);
			sessions.add(session);
		}

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(dossiers);
		List<Future<Integer>> statuses = new ArrayList<>();
		for (int i = 0; i < dossiers; i++) {
			String id = ids.get(i);
			String session = sessions.get(i);
			Callable<Integer> decision = () -> {
				start.await();
				return steps.decide(session, id, "GRANTED", new BigDecimal("2000.00"), null).status();
			};
			statuses.add(pool.submit(decision));
		}
		start.countDown();
		List<Integer> results = new ArrayList<>();
		for (Future<Integer> status : statuses) {
			results.add(status.get());
		}
		pool.shutdown();

		assertThat(results).containsOnly(200, 409);
		assertThat(results).filteredOn(status -> status == 200).hasSize(5);
		for (int i = 0; i < dossiers; i++) {
			if (results.get(i) == 200) {
				steps.close(sessions.get(i)).expect(200);
			}
			else {
				steps.decide(sessions.get(i), ids.get(i), "DEFERRED", null, "Enveloppe épuisée.").expect(200);
			}
		}
		JsonNode after = api.as("finance").get("/api/envelopes/" + envelope.get("id").asText()).expect(200);
		assertThat(after.get("engaged").decimalValue()).isEqualByComparingTo("10000.00");
		assertThat(after.get("available").decimalValue()).isEqualByComparingTo("0.00");
		long granted = ids.stream().filter(id -> steps.dossier("officer", id).get("status").asText().equals("GRANTED")).count();
		long waiting = ids.stream()
			.filter(id -> steps.dossier("officer", id).get("status").asText().equals("AWAITING_COMMITTEE"))
			.count();
		assertThat(granted).isEqualTo(5);
		assertThat(waiting).isEqualTo(3);
		JsonNode ledger = api.as("finance").get("/api/envelopes/" + envelope.get("id").asText() + "/entries").expect(200);
		assertThat(ledger).filteredOn(entry -> entry.get("kind").asText().equals("ENGAGEMENT")).hasSize(5);
	}

	@Test
	void paymentsBeyondTheGrantAreRefusedAndAnApprovalIsNeverPaidTwice() {
		int year = TestYears.unusedFor(LOCATION);
		JsonNode envelope = openEnvelope(LOCATION, year, "5000.00");
		String applicant = steps.newApplicant().username();
		String id = steps.awaitingCommittee(applicant, DossierSteps.projectData(LOCATION), new BigDecimal("3000.00"));
		String session = sessionOf(year, "Bureau des versements");
		steps.putOnAgenda(session, id);
		steps.decideAndClose(session, id, "GRANTED", new BigDecimal("3000.00"), null).expect(200);
		String receipts = steps.uploadProof(applicant, id, "RENT_RECEIPTS");

		JsonNode tooMuch = steps.requestPayment(applicant, id, "ANNUAL_INSTALMENT", new BigDecimal("3000.01"),
				new BigDecimal("15000.00"), List.of(receipts)).expect(400);
		assertThat(tooMuch.get("errors").get(0).get("field").asText()).isEqualTo("amount");
		String request = steps.requestPayment(applicant, id, "ANNUAL_INSTALMENT", new BigDecimal("1000.00"),
				new BigDecimal("15000.00"), List.of(receipts)).expect(201).get("id").asText();
		steps.approve(request, new BigDecimal("1000.01")).expect(400);
		steps.approve(request, new BigDecimal("1000.00")).expect(200);
		steps.approve(request, new BigDecimal("1000.00")).expect(409);

		JsonNode after = api.as("finance").get("/api/envelopes/" + envelope.get("id").asText()).expect(200);
		assertThat(after.get("paid").decimalValue()).isEqualByComparingTo("1000.00");
		assertThat(after.get("remainingToPay").decimalValue()).isEqualByComparingTo("2000.00");
		assertThat(steps.dossier(applicant, id).get("paidAmount").decimalValue()).isEqualByComparingTo("1000.00");
	}

	private JsonNode openEnvelope(String scheme, int year, String allocated) {
		return api.as("finance")
			.post("/api/envelopes", Map.of("scheme", scheme, "year", year, "allocated", new BigDecimal(allocated),
					"note", "Enveloppe de test"))
			.expect(201);
	}

	private String sessionOf(int year, String title) {
		return api.as("committee")
			.post("/api/committee-sessions", Map.of("date", LocalDate.of(year, 6, 15), "title", title))
			.expect(201)
			.get("id")
			.asText();
	}

}
