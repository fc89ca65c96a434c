package fr.metropolerouen.guichetess.api;

import static fr.metropolerouen.guichetess.support.DossierSteps.IMMOBILIER;
import static fr.metropolerouen.guichetess.support.DossierSteps.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.support.Api;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.Concurrently;
import fr.metropolerouen.guichetess.support.DossierSteps;
import fr.metropolerouen.guichetess.support.Pdfs;
import org.junit.jupiter.api.Test;

/**
 * The public spending chain through the API: the beneficiary claims with proofs, the officer certifies the service
 * done and fixes the amount by the grant's rules, finance issues the order and records the payment; the ledger moves
 * at the payment only, once, and the last payment settles the grant to the cent.
 */
class PaymentChainIntegrationTests extends ApiIntegrationTest {

	@Test
	void anImmobilierGrantIsPaidAnAdvanceAnInterimAndABalanceOnLowerFinalExpensesReleasingTheRestToTheCent() {
		String applicant = steps.newApplicant().username();
		String dossier = steps.granted(applicant, DossierSteps.projectData(IMMOBILIER), new BigDecimal("30000.00"));
		steps.signAgreement(applicant, dossier);
		JsonNode envelopeBefore = steps.envelope(IMMOBILIER, DossierSteps.today().getYear());

		JsonNode tooMuchAdvance = steps.requestPayment(applicant, dossier, "ADVANCE", new BigDecimal("6000.01"), null,
				List.of()).expect(400);
		assertThat(Pdfs.plainSpaces(tooMuchAdvance.get("errors").get(0).get("message").asText()))
			.contains("6 000,00 €", "20 %");
		String advance = steps.requestPayment(applicant, dossier, "ADVANCE", new BigDecimal("6000.00"), null, List.of())
			.expect(201)
			.get("id")
			.asText();
		assertThat(steps.awaitTask("officer", dossier, "SERVICE_DONE_CERTIFICATION").get("paymentRequestId").asText())
			.isEqualTo(advance);
		JsonNode liquidated = steps.liquidate(advance);
		assertThat(liquidated.get("status").asText()).isEqualTo("LIQUIDATED");
		assertThat(liquidated.get("liquidatedAmount").decimalValue()).isEqualByComparingTo("6000.00");
		assertThat(money(dossier).get("paid").decimalValue()).as("nothing is paid before the payment is recorded")
			.isEqualByComparingTo("0.00");
		JsonNode ordered = steps.order(advance);
		assertThat(ordered.get("orderReference").asText()).endsWith("-V1");
		assertThat(steps.awaitTask("finance", dossier, "PAYMENT_RECORDING").get("paymentRequestId").asText())
			.isEqualTo(advance);
		assertThat(steps.recordPayment(advance, "VIR-0001").expect(200).get("status").asText()).isEqualTo("PAID");

		String invoices = steps.uploadProof(applicant, dossier, "PAID_INVOICES");
		JsonNode aboveProofs = steps.requestPayment(applicant, dossier, "INTERIM", new BigDecimal("4000.01"),
				new BigDecimal("150000.00"), List.of(invoices)).expect(400);
		assertThat(Pdfs.plainSpaces(aboveProofs.get("errors").get(0).get("message").asText())).contains("4 000,00 €",
				"150 000,00 €");
		String interim = steps.requestPayment(applicant, dossier, "INTERIM", new BigDecimal("4000.00"),
				new BigDecimal("150000.00"), List.of(invoices)).expect(201).get("id").asText();
		assertThat(steps.liquidate(interim, Map.of("amount", new BigDecimal("4000.01"))).status()).isEqualTo(400);
		steps.payThroughTheChain(interim);

		String completion = steps.uploadProof(applicant, dossier, "COMPLETION_REPORT");
		String balance = steps.requestPayment(applicant, dossier, "BALANCE", new BigDecimal("13333.33"),
				new BigDecimal("200000.00"), List.of(invoices, completion)).expect(201).get("id").asText();
		JsonNode proofs = api.as("officer").get("/api/payment-requests/" + balance).expect(200).get("proofs");
		assertThat(proofs).extracting(proof -> proof.get("label").asText())
			.containsExactlyInAnyOrder("Factures acquittées", "Procès-verbal de réception des travaux");
		assertThat(api.as("officer").get(proofs.get(1).get("href").asText()).status()).isEqualTo(200);
		JsonNode certified = steps.liquidate(balance, Map.of("acceptedExpenses", new BigDecimal("183333.33"), "note",
				"Facture de peinture non éligible écartée.")).expect(200);
		assertThat(certified.get("liquidatedAmount").decimalValue())
			.as("30 000 × 333 333,33 / 450 000 = 22 222,22, less 10 000 paid")
			.isEqualByComparingTo("12222.22");
		assertThat(Pdfs.plainSpaces(certified.get("liquidationNote").asText())).contains("333 333,33 €", "peinture");
		steps.order(balance);
		steps.recordPayment(balance, "VIR-0003").expect(200);

		JsonNode money = money(dossier);
		assertThat(money.get("engaged").decimalValue()).isEqualByComparingTo("30000.00");
		assertThat(money.get("paid").decimalValue()).isEqualByComparingTo("22222.22");
		assertThat(money.get("released").decimalValue()).isEqualByComparingTo("7777.78");
		assertThat(money.get("remainingToPay").decimalValue()).isEqualByComparingTo("0.00");
		assertThat(steps.dossier(applicant, dossier).get("status").asText()).isEqualTo("CLOSED");
		JsonNode envelopeAfter = steps.envelope(IMMOBILIER, DossierSteps.today().getYear());
		assertThat(envelopeAfter.get("paid").decimalValue().subtract(envelopeBefore.get("paid").decimalValue()))
			.isEqualByComparingTo("22222.22");
		assertThat(envelopeAfter.get("released").decimalValue().subtract(envelopeBefore.get("released").decimalValue()))
			.isEqualByComparingTo("7777.78");
		assertThat(api.as("finance").get("/api/finance/ledger/integrity").expect(200).get("consistent").asBoolean())
			.isTrue();
		assertThat(actions(steps.dossier("officer", dossier))).containsSubsequence("PAYMENT_REQUESTED",
				"PAYMENT_LIQUIDATED", "PAYMENT_ORDERED", "PAYMENT_MADE", "PAYMENT_REQUESTED", "PAYMENT_LIQUIDATED",
				"PAYMENT_ORDERED", "PAYMENT_MADE", "PAYMENT_REQUESTED", "PAYMENT_LIQUIDATED", "PAYMENT_ORDERED",
				"PAYMENT_MADE", "ENGAGEMENT_RELEASED", "CLOSED");
		assertThat(api.as("finance").get("/api/tasks?dossierId=" + dossier).expect(200)).isEmpty();
	}

	@Test
	void aLocationGrantIsPaidOverThreeLeaseYearsWithOneYearPartlyOccupied() {
		String applicant = steps.newApplicant().username();
		String dossier = steps.granted(applicant, DossierSteps.projectData(LOCATION), new BigDecimal("3000.00"));
		String receipts = steps.uploadProof(applicant, dossier, "RENT_RECEIPTS");

		JsonNode first = steps.requestPayment(applicant, dossier, "ANNUAL_INSTALMENT", new BigDecimal("1500.00"),
				new BigDecimal("15000.00"), List.of(receipts)).expect(201);
		assertThat(first.get("leaseYear").asInt()).as("the first lease year unless said").isEqualTo(1);
		steps.payThroughTheChain(first.get("id").asText());

		String second = instalment(applicant, dossier, receipts, 2, "900.00").expect(201).get("id").asText();
		JsonNode partYear = steps.liquidate(second, Map.of("monthsOccupied", 8)).expect(200);
		assertThat(partYear.get("liquidatedAmount").decimalValue()).as("900 × 8 / 12")
			.isEqualByComparingTo("600.00");
		assertThat(partYear.get("monthsOccupied").asInt()).isEqualTo(8);
		steps.order(second);
		steps.recordPayment(second, "VIR-LOC-2").expect(200);
		assertThat(steps.dossier(applicant, dossier).get("status").asText()).isEqualTo("GRANTED");

		assertThat(instalment(applicant, dossier, receipts, 2, "1.00").status()).as("a lease year is paid once")
			.isEqualTo(400);
		String third = instalment(applicant, dossier, receipts, 3, "600.00").expect(201).get("id").asText();
		steps.payThroughTheChain(third);

		JsonNode money = money(dossier);
		assertThat(money.get("paid").decimalValue()).isEqualByComparingTo("2700.00");
		assertThat(money.get("released").decimalValue()).as("the months not occupied go back to the envelope")
			.isEqualByComparingTo("300.00");
		assertThat(steps.dossier(applicant, dossier).get("status").asText()).isEqualTo("CLOSED");
		assertThat(steps.dossier(applicant, dossier).get("payments")).hasSize(3);
	}

	@Test
	void aPaymentReplayedTenTimesInParallelIsPaidOnce() {
		String applicant = steps.newApplicant().username();
		String dossier = steps.granted(applicant, DossierSteps.projectData(LOCATION), new BigDecimal("1800.00"));
		String receipts = steps.uploadProof(applicant, dossier, "RENT_RECEIPTS");
		Map<String, Object> claim = new HashMap<>(Map.of("kind", "ANNUAL_INSTALMENT", "amount",
				new BigDecimal("900.00"), "justifiedExpenses", new BigDecimal("15000.00"), "proofDocumentIds",
				List.of(receipts)));

		List<Api.Response> claims = Concurrently.run(10, i -> api.as(applicant)
			.post("/api/dossiers/" + dossier + "/payment-requests", claim, Map.of("Idempotency-Key", "claim-year-1")));
		assertThat(claims).extracting(Api.Response::status).containsOnly(200, 201).containsOnlyOnce(201);
		assertThat(claims.stream().map(response -> response.json().get("id").asText()).distinct()).hasSize(1);
		String request = claims.get(0).json().get("id").asText();
		steps.liquidate(request);
		steps.order(request);

		List<Api.Response> payments = Concurrently.run(10, i -> steps.recordPayment(request, "VIR-REPLAYED"));
		assertThat(payments).extracting(Api.Response::status).containsOnly(200);
		assertThat(money(dossier).get("paid").decimalValue()).isEqualByComparingTo("900.00");
		assertThat(paymentEntries(dossier)).hasSize(1);
		assertThat(steps.recordPayment(request, "VIR-OTHER").status()).as("paid already, under another reference")
			.isEqualTo(409);

		String second = instalment(applicant, dossier, receipts, 2, "540.00").expect(201).get("id").asText();
		List<Api.Response> approvals = Concurrently.run(10, i -> steps.approve(second, new BigDecimal("540.00")));
		assertThat(approvals).extracting(Api.Response::status).containsOnlyOnce(200).containsOnly(200, 409);
		assertThat(money(dossier).get("paid").decimalValue()).isEqualByComparingTo("1440.00");
		assertThat(paymentEntries(dossier)).hasSize(2);
	}

	@Test
	void financeExportsThePaymentOrdersAndImportsThePaymentsWithErrorsReportedPerLine() {
		List<String> requests = new ArrayList<>();
		List<String> dossiers = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			String applicant = steps.newApplicant().username();
			String dossier = steps.granted(applicant, DossierSteps.projectData(LOCATION), new BigDecimal("1200.00"));
			String receipts = steps.uploadProof(applicant, dossier, "RENT_RECEIPTS");
			String request = instalment(applicant, dossier, receipts, 1, "600.00").expect(201).get("id").asText();
			steps.liquidate(request);
			requests.add(steps.order(request).get("orderReference").asText());
			dossiers.add(dossier);
		}

		String exported = api.as("finance").get("/api/finance/payment-orders.csv").ok().text();
		assertThat(exported.lines().findFirst().orElseThrow()).startsWith("reference_mandat;dossier;dispositif");
		assertThat(exported).contains(requests.get(0) + ";", requests.get(1) + ";", "Dynamique Location ESS", "600.00");
		assertThat(api.as("officer").get("/api/finance/payment-orders.csv").status()).isEqualTo(403);

		String file = "reference_mandat;date_paiement;reference_paiement;montant\n"
				+ requests.get(0) + ";" + DossierSteps.today() + ";VIR-A;600,00\n"
				+ requests.get(1) + ";" + DossierSteps.today() + ";VIR-B;599.99\n"
				+ "ESS-0000-00000-V9;" + DossierSteps.today() + ";VIR-C;10.00\n"
				+ requests.get(0) + ";" + DossierSteps.today() + ";VIR-A;600.00\n"
				+ requests.get(1) + ";32/13/2026;VIR-B;600.00\n";
		JsonNode report = api.as("finance")
			.uploadFile("/api/finance/payment-orders/payments", "paiements.csv", file.getBytes(StandardCharsets.UTF_8))
			.expect(200);

		assertThat(report.get("paid").asInt()).isEqualTo(1);
		assertThat(report.get("alreadyPaid").asInt()).isEqualTo(1);
		assertThat(report.get("errors").asInt()).isEqualTo(3);
		List<String> outcomes = new ArrayList<>();
		report.get("lines").forEach(line -> outcomes.add(line.get("line").asInt() + ":" + line.get("outcome").asText()));
		assertThat(outcomes).containsExactly("2:PAID", "3:ERROR", "4:ERROR", "5:ALREADY_PAID", "6:ERROR");
		assertThat(Pdfs.plainSpaces(report.get("lines").get(1).get("message").asText()))
			.contains("599,99 €", "600,00 €");
		assertThat(report.get("lines").get(4).get("message").asText()).contains("date_paiement");
		assertThat(money(dossiers.get(0)).get("paid").decimalValue()).isEqualByComparingTo("600.00");
		assertThat(money(dossiers.get(1)).get("paid").decimalValue()).isEqualByComparingTo("0.00");
		JsonNode stillOrdered = api.as("finance").get("/api/finance/payment-orders").expect(200);
		List<String> waiting = new ArrayList<>();
		stillOrdered.forEach(order -> waiting.add(order.get("orderReference").asText()));
		assertThat(waiting).contains(requests.get(1)).doesNotContain(requests.get(0));
	}

	@Test
	void eachStepOfTheChainBelongsToItsRole() {
		String applicant = steps.newApplicant().username();
		String dossier = steps.granted(applicant, DossierSteps.projectData(LOCATION), new BigDecimal("1200.00"));
		String receipts = steps.uploadProof(applicant, dossier, "RENT_RECEIPTS");
		String request = instalment(applicant, dossier, receipts, 1, "600.00").expect(201).get("id").asText();
		String path = "/api/payment-requests/" + request;

		assertThat(api.as(applicant).post(path + "/liquidation", Map.of()).status()).isEqualTo(403);
		assertThat(api.as("finance").post(path + "/liquidation", Map.of()).status()).isEqualTo(403);
		assertThat(api.as("finance").post(path + "/payment-order", Map.of()).status())
			.as("no order before the liquidation")
			.isEqualTo(409);
		steps.liquidate(request);
		assertThat(api.as("officer").post(path + "/payment-order", Map.of()).status()).isEqualTo(403);
		assertThat(instalment(applicant, dossier, receipts, 2, "360.00").status())
			.as("one request of a dossier in the chain at a time")
			.isEqualTo(409);
		JsonNode rejected = api.as("finance").post(path + "/reject", Map.of("reason", "RIB illisible")).expect(200);
		assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
		assertThat(money(dossier).get("paid").decimalValue()).isEqualByComparingTo("0.00");
		assertThat(api.as("finance").get("/api/tasks?dossierId=" + dossier).expect(200)).isEmpty();
		assertThat(instalment(applicant, dossier, receipts, 1, "600.00").status())
			.as("the rejected year may be claimed again")
			.isEqualTo(201);
	}

	private Api.Response instalment(String applicant, String dossier, String receipts, int leaseYear, String amount) {
		Map<String, Object> claim = new HashMap<>();
		claim.put("kind", "ANNUAL_INSTALMENT");
		claim.put("amount", new BigDecimal(amount));
		claim.put("justifiedExpenses", new BigDecimal("15000.00"));
		claim.put("proofDocumentIds", List.of(receipts));
		claim.put("leaseYear", leaseYear);
		return api.as(applicant).post("/api/dossiers/" + dossier + "/payment-requests", claim);
	}

	private JsonNode money(String dossier) {
		return api.as("finance").get("/api/finance/dossiers/" + dossier).expect(200);
	}

	private List<JsonNode> paymentEntries(String dossier) {
		List<JsonNode> payments = new ArrayList<>();
		money(dossier).get("entries").forEach(entry -> {
			if (entry.get("kind").asText().equals("PAYMENT")) {
				payments.add(entry);
			}
		});
		return payments;
	}

	private static List<String> actions(JsonNode dossier) {
		List<String> actions = new ArrayList<>();
		dossier.get("timeline").forEach(entry -> actions.add(entry.get("action").asText()));
		return actions;
	}

}
