package fr.metropolerouen.guichetess.api;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.account.Role;
import fr.metropolerouen.guichetess.envelope.EnvelopeLedger;
import fr.metropolerouen.guichetess.envelope.EnvelopeView;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.support.Api;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.Concurrently;
import fr.metropolerouen.guichetess.support.DossierSteps;
import fr.metropolerouen.guichetess.support.Pdfs;
import fr.metropolerouen.guichetess.support.TestDatabases;
import fr.metropolerouen.guichetess.support.TestYears;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static fr.metropolerouen.guichetess.support.DossierSteps.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The ledger is exact under concurrency and replays, and the database itself refuses a movement that breaks its
 * rules. Each test works on an envelope of a year of its own.
 */
class LedgerIntegrationTests extends ApiIntegrationTest {

	private static final Actor FINANCE = new Actor("finance", Role.FINANCE, null);

	@Autowired
	private EnvelopeLedger ledger;

	@Autowired
	private NamedParameterJdbcTemplate jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void sixtyFourConcurrentGrantsNeverOvercommitASmallEnvelope() {
		int year = TestYears.unusedFor(LOCATION);
		String envelope = openEnvelope(year, "20000.00");
		int threads = 64;
		List<String> dossiers = steps.awaitingCommittee(threads, LOCATION, i -> amountOf(i));
		// one session per dossier: only the envelope is shared by the concurrent decisions
		List<String> sessions = IntStream.range(0, threads)
			.mapToObj(i -> steps.sessionOn(LocalDate.of(year, 3, 10), "Bureau concurrent n° " + i))
			.toList();
		for (int i = 0; i < threads; i++) {
			steps.putOnAgenda(sessions.get(i), dossiers.get(i));
		}

		List<Api.Response> answers = Concurrently.run(threads,
				i -> steps.decide(sessions.get(i), dossiers.get(i), "GRANTED", amountOf(i), null));

		assertThat(answers).extracting(Api.Response::status).containsOnly(200, 409);
		// the accepted grants take effect as their sessions close, all at once
		List<Integer> closings = Concurrently.run(threads, i -> answers.get(i).status() == 200
				? steps.close(sessions.get(i)).status() : 200);
		assertThat(closings).containsOnly(200);
		BigDecimal accepted = IntStream.range(0, threads)
			.filter(i -> answers.get(i).status() == 200)
			.mapToObj(LedgerIntegrationTests::amountOf)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		JsonNode figures = api.as("finance").get("/api/envelopes/" + envelope).expect(200);
		assertThat(figures.get("engaged").decimalValue()).isEqualByComparingTo(accepted)
			.isLessThanOrEqualTo(new BigDecimal("20000.00"));
		assertThat(figures.get("available").decimalValue())
			.as("a refused grant was refused because it no longer fitted")
			.isLessThan(amountsRefused(answers).stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO));
		List<JsonNode> engagements = entries(envelope, "ENGAGEMENT");
		assertThat(engagements).hasSize((int) answers.stream().filter(a -> a.status() == 200).count());
		assertThat(engagements.stream().map(e -> e.get("amount").decimalValue()).reduce(BigDecimal.ZERO,
				BigDecimal::add)).isEqualByComparingTo(accepted);
		for (int i = 0; i < threads; i++) {
			if (answers.get(i).status() == 409) {
				assertThat(Pdfs.plainSpaces(answers.get(i).json().get("detail").asText()))
					.contains("ne dispose plus que de");
				assertThat(steps.dossier("officer", dossiers.get(i)).get("status").asText())
					.isEqualTo("AWAITING_COMMITTEE");
			}
		}
		assertEntriesNumberedWithoutGaps(envelope);
	}

	@Test
	void concurrentGrantsAndPaymentsOnOneEnvelopeLoseNoUpdate() {
		int year = TestYears.unusedFor(LOCATION);
		String envelope = openEnvelope(year, "10000.00");
		String session = steps.sessionOn(LocalDate.of(year, 4, 2), "Bureau des premiers versements");
		List<String> paid = steps.awaitingCommittee(4, LOCATION, i -> new BigDecimal("1500.00"));
		paid.forEach(id -> {
			steps.putOnAgenda(session, id);
			steps.decide(session, id, "GRANTED", new BigDecimal("1500.00"), null).expect(200);
		});
		steps.close(session).expect(200);
		List<String> requests = paid.stream().map(id -> paymentRequest(id, new BigDecimal("600.00"))).toList();
		List<String> newcomers = steps.awaitingCommittee(8, LOCATION, i -> new BigDecimal("1000.00"));
		List<String> sessions = newcomers.stream().map(id -> {
			String own = steps.sessionOn(LocalDate.of(year, 5, 20), "Bureau");
			steps.putOnAgenda(own, id);
			return own;
		}).toList();

		List<Integer> statuses = Concurrently.run(12, i -> i < 4
				? steps.approve(requests.get(i), new BigDecimal("600.00")).status()
				: steps.decide(sessions.get(i - 4), newcomers.get(i - 4), "GRANTED", new BigDecimal("1000.00"), null)
					.status());

		assertThat(statuses.subList(0, 4)).as("every payment fits its grant").containsOnly(200);
		long granted = statuses.subList(4, 12).stream().filter(status -> status == 200).count();
		for (int i = 4; i < 12; i++) {
			if (statuses.get(i) == 200) {
				steps.close(sessions.get(i - 4)).expect(200);
			}
		}
		assertThat(granted).as("4 × 1 500 € were engaged: 4 000 € were left for 1 000 € grants").isEqualTo(4);
		JsonNode figures = api.as("finance").get("/api/envelopes/" + envelope).expect(200);
		assertThat(figures.get("engaged").decimalValue()).isEqualByComparingTo("10000.00");
		assertThat(figures.get("paid").decimalValue()).isEqualByComparingTo("2400.00");
		assertThat(figures.get("remainingToPay").decimalValue()).isEqualByComparingTo("7600.00");
		assertThat(entries(envelope, "PAYMENT")).hasSize(4);
		assertEntriesNumberedWithoutGaps(envelope);
	}

	@Test
	void anEngagementReplayedTenTimesIsRecordedOnce() {
		int year = TestYears.unusedFor(LOCATION);
		String envelope = openEnvelope(year, "5000.00");
		UUID dossier = UUID.fromString(steps.awaitingCommittee(steps.newApplicant().username(),
				DossierSteps.projectData(LOCATION), new BigDecimal("3000.00")));
		LocalDate decision = LocalDate.of(year, 6, 1);
		String session = steps.sessionOn(decision, "Bureau du jour de l'engagement");
		steps.putOnAgenda(session, dossier.toString());
		steps.decideAndClose(session, dossier.toString(), "GRANTED", new BigDecimal("3000.00"), null).expect(200);

		// a job retried by the engine, or a closing replayed, calls the ledger again with the same dossier
		List<EnvelopeView> replies = Concurrently.run(10,
				i -> ledger.engage(AidScheme.LOCATION_ESS, decision, dossier, new BigDecimal("3000.00"),
						FINANCE, "Engagement rejoué"));

		assertThat(replies).extracting(EnvelopeView::engaged).allSatisfy(
				engaged -> assertThat(engaged).isEqualByComparingTo("3000.00"));
		assertThat(entries(envelope, "ENGAGEMENT")).singleElement()
			.satisfies(entry -> assertThat(entry.get("dossierId").asText()).isEqualTo(dossier.toString()));
		assertThatThrownBy(() -> ledger.engage(AidScheme.LOCATION_ESS, decision, dossier,
				new BigDecimal("3500.00"), FINANCE, "Autre montant"))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("déjà été enregistré avec un autre montant");
		assertThat(entries(envelope, "ENGAGEMENT")).hasSize(1);
		steps.close(session).expect(409);
		assertThat(entries(envelope, "ENGAGEMENT")).hasSize(1);
		assertThat(steps.dossier("officer", dossier.toString()).get("status").asText()).isEqualTo("GRANTED");
	}

	@Test
	void aPaymentRequestApprovedTenTimesIsPaidOnce() {
		int year = TestYears.unusedFor(LOCATION);
		String envelope = openEnvelope(year, "5000.00");
		String dossier = steps.awaitingCommittee(steps.newApplicant().username(), DossierSteps.projectData(LOCATION),
				new BigDecimal("3000.00"));
		String session = steps.sessionOn(LocalDate.of(year, 2, 3), "Bureau");
		steps.putOnAgenda(session, dossier);
		steps.decideAndClose(session, dossier, "GRANTED", new BigDecimal("3000.00"), null).expect(200);
		String request = paymentRequest(dossier, new BigDecimal("1200.00"));

		List<Integer> statuses = Concurrently.run(10,
				i -> steps.approve(request, new BigDecimal("1200.00")).status());

		assertThat(statuses).containsOnly(200, 409).filteredOn(status -> status == 200).hasSize(1);
		for (int i = 0; i < 10; i++) {
			ledger.pay(UUID.fromString(dossier), UUID.fromString(request), new BigDecimal("1200.00"), FINANCE,
					"Versement rejoué par le moteur");
		}
		assertThat(entries(envelope, "PAYMENT")).singleElement()
			.satisfies(entry -> assertThat(entry.get("amount").decimalValue()).isEqualByComparingTo("1200.00"));
		assertThat(api.as("finance").get("/api/envelopes/" + envelope).expect(200).get("paid").decimalValue())
			.isEqualByComparingTo("1200.00");
	}

	@Test
	void amendmentsMoveTheAllocationWithTheirDeliberationAndNeverBelowWhatIsEngaged() {
		int year = TestYears.unusedFor(LOCATION);
		String envelope = openEnvelope(year, "10000.00");
		String dossier = steps.awaitingCommittee(steps.newApplicant().username(), DossierSteps.projectData(LOCATION),
				new BigDecimal("6000.00"));
		String session = steps.sessionOn(LocalDate.of(year, 9, 9), "Bureau");
		steps.putOnAgenda(session, dossier);
		steps.decideAndClose(session, dossier, "GRANTED", new BigDecimal("6000.00"), null).expect(200);

		JsonNode tooMuch = amend(envelope, "DECREASE", "4000.01", Map.of()).expect(409);
		assertThat(Pdfs.plainSpaces(tooMuch.get("detail").asText())).contains("seuls 4 000,00 €");
		JsonNode decrease = amend(envelope, "DECREASE", "4000.00", Map.of()).expect(201);
		assertThat(decrease.get("kind").asText()).isEqualTo("AMENDMENT_DECREASE");
		assertThat(decrease.get("availableAfter").decimalValue()).isEqualByComparingTo("0.00");
		assertThat(decrease.get("deliberationReference").asText()).isEqualTo("DM n° 2 du Conseil");

		Map<String, String> key = Map.of("Idempotency-Key", "dm-3-" + year);
		JsonNode increase = amend(envelope, "INCREASE", "2500.00", key).expect(201);
		JsonNode replay = amend(envelope, "INCREASE", "2500.00", key).expect(200);
		assertThat(replay.get("id").asText()).isEqualTo(increase.get("id").asText());
		amend(envelope, "INCREASE", "2600.00", key).expect(409);
		JsonNode incomplete = api.as("finance")
			.post("/api/envelopes/" + envelope + "/amendments", Map.of("direction", "INCREASE", "amount", 10))
			.expect(400);
		assertThat(incomplete.get("errors")).extracting(error -> error.get("field").asText())
			.contains("deliberationReference", "reason");
		api.as("officer")
			.post("/api/envelopes/" + envelope + "/amendments", amendment("INCREASE", "1.00"))
			.expect(403);

		JsonNode figures = api.as("finance").get("/api/envelopes/" + envelope).expect(200);
		assertThat(figures.get("allocated").decimalValue()).isEqualByComparingTo("8500.00");
		assertThat(figures.get("available").decimalValue()).isEqualByComparingTo("2500.00");
		List<JsonNode> all = entries(envelope, null);
		assertThat(all).extracting(entry -> entry.get("kind").asText())
			.containsExactly("ALLOCATION", "ENGAGEMENT", "AMENDMENT_DECREASE", "AMENDMENT_INCREASE");
		assertThat(all).extracting(entry -> entry.get("availableAfter").decimalValue())
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("10000"), new BigDecimal("4000"), BigDecimal.ZERO, new BigDecimal("2500"));
		assertEntriesNumberedWithoutGaps(envelope);
	}

	@Test
	void theDatabaseRefusesAMovementThatBreaksTheLedgerRules() {
		int year = TestYears.unusedFor(LOCATION);
		String envelope = openEnvelope(year, "1000.00");
		String dossier = steps.createDraft(steps.newApplicant().username(), DossierSteps.projectData(LOCATION));

		Map<String, Object> valid = engagementRow(envelope, dossier, "600.00");
		transactions.executeWithoutResult(status -> {
			insert(valid);
			status.setRollbackOnly();
		});
		assertThatThrownBy(() -> insert(engagementRow(envelope, dossier, "1500.00")))
			.as("an engagement beyond the allocation")
			.isInstanceOf(DataAccessException.class)
			.message()
			.containsIgnoringCase("envelope_never_overcommitted");
		Map<String, Object> wrongSum = engagementRow(envelope, dossier, "600.00");
		wrongSum.put("engaged_total", new BigDecimal("500.00"));
		assertThatThrownBy(() -> insert(wrongSum)).as("totals that do not add up")
			.isInstanceOf(DataAccessException.class)
			.message()
			.containsIgnoringCase("envelope_totals_add_up");
		Map<String, Object> forged = engagementRow(envelope, dossier, "600.00");
		forged.put("previous_allocated_total", new BigDecimal("5000.00"));
		forged.put("allocated_total", new BigDecimal("5000.00"));
		assertThatThrownBy(() -> insert(forged)).as("an entry that does not follow the last one")
			.isInstanceOf(DataAccessException.class)
			.message()
			.containsIgnoringCase("entry_continues_the_envelope_ledger");
		Map<String, Object> payment = engagementRow(envelope, dossier, "600.00");
		payment.put("kind", "PAYMENT");
		payment.put("engaged_total", BigDecimal.ZERO.setScale(2));
		payment.put("paid_total", new BigDecimal("600.00"));
		payment.put("dossier_engaged_total", BigDecimal.ZERO.setScale(2));
		payment.put("dossier_paid_total", new BigDecimal("600.00"));
		assertThatThrownBy(() -> insert(payment)).as("a payment without engagement").isInstanceOf(DataAccessException.class);
		assertThat(entries(envelope, null)).hasSize(1);
	}

	@Test
	void onPostgresqlNobodyCanRewriteTheLedger() {
		assumeThat(TestDatabases.onPostgres()).as("H2 has no trigger language").isTrue();
		String envelope = openEnvelope(TestYears.unusedFor(LOCATION), "1000.00");
		Map<String, Object> id = Map.of("envelope", UUID.fromString(envelope));

		assertThatThrownBy(() -> jdbc.update("update ledger_entry set note = 'corrigé' where envelope_id = :envelope", id))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("ne se modifie pas");
		assertThatThrownBy(() -> jdbc.update("delete from ledger_entry where envelope_id = :envelope", id))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("ne se modifie pas");
		assertThat(entries(envelope, null)).singleElement()
			.satisfies(entry -> assertThat(entry.get("note").asText()).isEqualTo("Enveloppe de test"));
	}

	@Test
	void aLocationGrantIsExpectedYearByYearAndPaymentsMoveItsSchedule() {
		int year = TestYears.unusedFor(LOCATION);
		String envelope = openEnvelope(year, "50000.00");
		Map<String, Object> data = DossierSteps.projectData(LOCATION);
		LocalDate leaseStart = DossierSteps.today().plusMonths(1);
		String dossier = steps.awaitingCommittee(steps.newApplicant().username(), data, new BigDecimal("15000.00"));
		String session = steps.sessionOn(LocalDate.of(year, 1, 15), "Bureau");
		steps.putOnAgenda(session, dossier);
		steps.decideAndClose(session, dossier, "GRANTED", new BigDecimal("15000.00"), null).expect(200);
		String request = paymentRequest(dossier, new BigDecimal("5000.00"));
		steps.approve(request, new BigDecimal("5000.00")).expect(200);

		JsonNode schedule = api.as("officer").get("/api/envelopes/" + envelope + "/payment-schedule").expect(200);

		int thisYear = DossierSteps.today().getYear();
		int firstLeaseYearEnds = leaseStart.plusYears(1).minusDays(1).getYear();
		JsonNode grant = schedule.get("grants").get(0);
		assertThat(grant.get("planned").get(String.valueOf(firstLeaseYearEnds)).decimalValue())
			.as("the first lease year at 50 % of 12 months, out of 12 + 3.6 + 2.4 months' worth")
			.isEqualByComparingTo("7500.00");
		assertThat(grant.get("paidByYear").get(String.valueOf(thisYear)).decimalValue()).isEqualByComparingTo("5000.00");
		assertThat(schedule.get("remainingToPay").decimalValue()).isEqualByComparingTo("10000.00");
		BigDecimal expected = BigDecimal.ZERO;
		for (JsonNode line : schedule.get("years")) {
			expected = expected.add(line.get("expected").decimalValue());
			if (line.get("year").asInt() < thisYear) {
				assertThat(line.get("expected").decimalValue()).isEqualByComparingTo("0.00");
			}
		}
		assertThat(expected).as("what remains to pay is expected, year by year").isEqualByComparingTo("10000.00");
		assertThat(schedule.get("earlierEnvelopesRemainingToPay").decimalValue()).isNotNegative();
	}

	private Map<String, Object> engagementRow(String envelope, String dossier, String amount) {
		Map<String, Object> row = new HashMap<>();
		BigDecimal zero = BigDecimal.ZERO.setScale(2);
		row.put("id", UUID.randomUUID());
		row.put("envelope_id", UUID.fromString(envelope));
		row.put("entry_number", 2);
		row.put("previous_number", 1);
		row.put("kind", "ENGAGEMENT");
		row.put("amount", new BigDecimal(amount));
		row.put("dossier_id", UUID.fromString(dossier));
		row.put("idempotency_key", "TEST:" + UUID.randomUUID());
		row.put("operation_date", LocalDate.of(2020, 1, 1));
		row.put("recorded_at", Timestamp.from(Instant.now()));
		row.put("recorded_by", "test");
		row.put("allocated_total", new BigDecimal("1000.00"));
		row.put("engaged_total", new BigDecimal(amount));
		row.put("released_total", zero);
		row.put("paid_total", zero);
		row.put("recovered_total", zero);
		row.put("previous_allocated_total", new BigDecimal("1000.00"));
		row.put("previous_engaged_total", zero);
		row.put("previous_released_total", zero);
		row.put("previous_paid_total", zero);
		row.put("previous_recovered_total", zero);
		row.put("dossier_entry_number", 1);
		row.put("dossier_engaged_total", new BigDecimal(amount));
		row.put("dossier_released_total", zero);
		row.put("dossier_paid_total", zero);
		row.put("dossier_recovered_total", zero);
		return row;
	}

	private void insert(Map<String, Object> row) {
		String columns = String.join(", ", row.keySet());
		String values = String.join(", ", row.keySet().stream().map(column -> ":" + column).toList());
		jdbc.update("insert into ledger_entry (" + columns + ") values (" + values + ")", row);
	}

	private void assertEntriesNumberedWithoutGaps(String envelope) {
		List<JsonNode> all = entries(envelope, null);
		assertThat(all).extracting(entry -> entry.get("number").asInt())
			.containsExactlyElementsOf(IntStream.rangeClosed(1, all.size()).boxed().toList());
	}

	private List<JsonNode> entries(String envelope, String kind) {
		List<JsonNode> found = new ArrayList<>();
		api.as("finance").get("/api/envelopes/" + envelope + "/entries").expect(200).forEach(entry -> {
			if (kind == null || entry.get("kind").asText().equals(kind)) {
				found.add(entry);
			}
		});
		return found;
	}

	private String openEnvelope(int year, String allocated) {
		return api.as("finance")
			.post("/api/envelopes", Map.of("scheme", LOCATION, "year", year, "allocated", new BigDecimal(allocated),
					"note", "Enveloppe de test"))
			.expect(201)
			.get("id")
			.asText();
	}

	private Api.Response amend(String envelope, String direction, String amount, Map<String, String> headers) {
		return api.as("finance").post("/api/envelopes/" + envelope + "/amendments", amendment(direction, amount),
				headers);
	}

	private static Map<String, Object> amendment(String direction, String amount) {
		return Map.of("direction", direction, "amount", new BigDecimal(amount), "deliberationReference",
				"DM n° 2 du Conseil", "reason", "Décision modificative de l'exercice");
	}

	private String paymentRequest(String dossier, BigDecimal amount) {
		String applicant = steps.applicantOf(dossier);
		String receipts = steps.uploadProof(applicant, dossier, "RENT_RECEIPTS");
		return steps.requestPayment(applicant, dossier, "ANNUAL_INSTALMENT", amount, new BigDecimal("15000.00"),
				List.of(receipts)).expect(201).get("id").asText();
	}

	private static List<BigDecimal> amountsRefused(List<Api.Response> answers) {
		return IntStream.range(0, answers.size())
			.filter(i -> answers.get(i).status() == 409)
			.mapToObj(LedgerIntegrationTests::amountOf)
			.toList();
	}

	/** Amounts from 1 000 € to 1 630 €: 64 of them would need 84 160 €. */
	private static BigDecimal amountOf(int index) {
		return new BigDecimal("1000.00").add(BigDecimal.TEN.multiply(BigDecimal.valueOf(index)));
	}

}
