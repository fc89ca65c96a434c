package fr.metropolerouen.guichetess.retention;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.shared.FileStore;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.Concurrently;
import fr.metropolerouen.guichetess.support.DossierSteps;
import fr.metropolerouen.guichetess.support.DossierSteps.Applicant;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static fr.metropolerouen.guichetess.support.DossierSteps.IMMOBILIER;
import static fr.metropolerouen.guichetess.support.DossierSteps.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end of the retention period (GDPR): time is moved past it on the engine clock, then an administrator runs the
 * purge. Every test purges what is due in the whole shared database, so assertions name the test's own dossiers.
 */
class RetentionIntegrationTests extends ApiIntegrationTest {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final String PURGED = "PERSONAL_DATA_PURGED";

	@Autowired
	private FileStore files;

	@Test
	void endedDossiersPastTheirRetentionLoseTheirPersonalDataButKeepWhatTheAccountsNeed() {
		Applicant applicant = steps.newApplicant();
		byte[] ownDocument = uniquePdf();
		String refused = refusedWithDocumentsAndMessages(applicant, ownDocument);
		JsonNode before = steps.dossier("officer", refused);
		String stillKept = withdrawnAfterSubmission(steps.newApplicant());
		// granted, nothing paid yet: never due while money is left to pay; when the clock moves, its deadlines lapse it
		// (an act at that later date, which starts its own retention then)
		String granted = steps.granted(steps.newApplicant().username(), DossierSteps.projectData(LOCATION),
				new BigDecimal("900"));
		quiet(granted);
		byte[] invoices = uniquePdf();
		PaidGrant paid = paidAndClosed(invoices);
		JsonNode paidBefore = steps.dossier("officer", paid.dossierId());
		JsonNode ledgerBefore = api.as("finance").get("/api/finance/dossiers/" + paid.dossierId()).expect(200)
			.get("entries");

		// six years later, the applicant writes about the withdrawn dossier: its retention starts again from there
		moveEngineClock(Period.ofYears(6));
		api.as(steps.applicantOf(stillKept))
			.post("/api/dossiers/" + stillKept + "/messages", Map.of("body", "Pouvons-nous déposer à nouveau ?"))
			.expect(201);
		// past the 5 years of a refusal and the 10 years of a paid grant, not past those of the later message
		moveEngineClock(Period.ofYears(10).plusDays(2));

		JsonNode due = api.as("admin").get("/api/admin/retention?limit=1000").expect(200);
		assertThat(due).extracting(dossier -> dossier.get("id").asText())
			.contains(refused, paid.dossierId())
			.doesNotContain(stillKept, granted);
		assertThat(files.exists(FileStore.sha256(ownDocument))).as("nothing erased by the dry run").isTrue();
		assertThat(api.as("officer").get("/api/admin/retention").status()).isEqualTo(403);
		assertThat(api.as("officer").post("/api/admin/retention/purge").status()).isEqualTo(403);

		JsonNode report = api.as("admin").post("/api/admin/retention/purge").expect(200);
		assertThat(report.get("failures").asInt())
			.as("every dossier due in the database, whatever it went through, is purged (see the log otherwise)")
			.isZero();
		assertThat(report.get("references")).extracting(JsonNode::asText)
			.contains(before.get("reference").asText(), paidBefore.get("reference").asText())
			.doesNotContain(steps.dossier("officer", stillKept).get("reference").asText(),
					steps.dossier("officer", granted).get("reference").asText());

		JsonNode after = steps.dossier(applicant.username(), refused);
		assertThat(after.get("reference").asText()).isEqualTo(before.get("reference").asText());
		assertThat(after.get("status").asText()).isEqualTo("REFUSED");
		assertThat(after.get("requestedAmount").decimalValue()).isEqualByComparingTo(
				before.get("requestedAmount").decimalValue());
		assertThat(after.get("communeInseeCode").asText()).isEqualTo(before.get("communeInseeCode").asText());
		assertThat(after.get("decisionReasons").asText()).isEqualTo(before.get("decisionReasons").asText());
		assertThat(after.get("documents")).as("the applicant sees the header, no document").isEmpty();
		assertThat(before.get("personalDataPurgedAt").isNull()).isTrue();
		assertThat(after.get("personalDataPurgedAt").isNull()).as("the dossier says when it was purged").isFalse();
		assertThat(files.exists(FileStore.sha256(ownDocument))).as("the document's file is gone from the store")
			.isFalse();
		assertThat(after.get("letters")).as("the decision letters are administrative archives")
			.hasSameSizeAs(before.get("letters"));
		after.get("letters").forEach(letter -> assertThat(files.exists(letter.get("sha256").asText())).isTrue());
		assertThat(before.get("opinion").isNull()).isFalse();
		assertThat(steps.dossier("officer", refused).get("opinion").isNull()).as("free text erased").isTrue();
		assertThat(api.as("officer").get("/api/dossiers/" + refused + "/messages").expect(200)).isEmpty();
		assertThat(api.as("officer").get("/api/dossiers/" + refused + "/mails").expect(200)).isEmpty();
		assertThat(after.get("timeline")).filteredOn(entry -> entry.get("action").asText().equals(PURGED))
			.singleElement()
			.satisfies(entry -> assertThat(entry.get("label").asText())
				.isEqualTo("Données personnelles purgées (durée de conservation échue)"));
		assertThat(after.get("timeline")).as("who did what and when stays")
			.hasSize(before.get("timeline").size() + 1);
		assertThat(before.get("timeline")).filteredOn(RetentionIntegrationTests::carriesPersonalDetails)
			.extracting(entry -> entry.get("details").asText())
			.anySatisfy(details -> assertThat(details).contains(applicant.email()));
		assertThat(steps.dossier("officer", refused).get("timeline"))
			.filteredOn(RetentionIntegrationTests::carriesPersonalDetails)
			.as("mail addresses, file names and opinions leave the timeline's details")
			.isNotEmpty()
			.allSatisfy(entry -> assertThat(entry.get("details").isNull()).isTrue());
		JsonNode auditEntries = api.as("officer").get("/api/audit/dossiers/" + refused).expect(200);
		assertThat(auditEntries).as("the audit chain lost the details but kept their digests")
			.filteredOn(entry -> entry.get("details").isNull() && !entry.get("detailsDigest").isNull())
			.isNotEmpty();
		assertThat(auditEntries).extracting(entry -> entry.get("action").asText()).contains("DETAILS_ERASED", PURGED);
		JsonNode verification = api.as("admin").get("/api/admin/audit/verification").expect(200);
		assertThat(verification.get("intact").asBoolean()).as("the purge keeps the audit chain valid: %s",
				verification.get("message").asText())
			.isTrue();

		JsonNode paidAfter = steps.dossier("officer", paid.dossierId());
		assertThat(paidAfter.get("status").asText()).isEqualTo("CLOSED");
		assertThat(paidAfter.get("grantedAmount").decimalValue()).isEqualByComparingTo("1000");
		assertThat(paidAfter.get("paidAmount").decimalValue()).isEqualByComparingTo("1000");
		assertThat(paidAfter.get("documents")).isEmpty();
		assertThat(files.exists(FileStore.sha256(invoices))).isFalse();
		JsonNode request = api.as("officer").get("/api/payment-requests/" + paid.paymentRequestId()).expect(200);
		assertThat(request.get("status").asText()).isEqualTo("APPROVED");
		assertThat(request.get("approvedAmount").decimalValue()).isEqualByComparingTo("1000");
		assertThat(request.get("proofs")).as("the proofs went with the documents").isEmpty();
		assertThat(api.as("finance").get("/api/finance/dossiers/" + paid.dossierId()).expect(200).get("entries"))
			.as("the ledger is never touched")
			.isNotEmpty()
			.isEqualTo(ledgerBefore);

		for (String untouched : List.of(stillKept, granted)) {
			JsonNode dossier = steps.dossier("officer", untouched);
			assertThat(dossier.get("documents")).as("documents of %s", untouched).isNotEmpty();
			assertThat(dossier.get("timeline")).extracting(entry -> entry.get("action").asText()).doesNotContain(PURGED);
		}
		assertThat(api.as("officer").get("/api/dossiers/" + stillKept + "/messages").expect(200)).isNotEmpty();

		JsonNode rerun = api.as("admin").post("/api/admin/retention/purge").expect(200);
		assertThat(rerun.get("references")).as("a second run finds nothing more to purge").isEmpty();
		assertThat(steps.dossier("officer", refused).get("timeline"))
			.filteredOn(entry -> entry.get("action").asText().equals(PURGED))
			.hasSize(1);
	}

	@Test
	void twoPurgesAtOnceAsOnTwoNodesPurgeEachDossierOnce() {
		List<String> withdrawn = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			withdrawn.add(steps.dossier("officer", withdrawnAfterSubmission(steps.newApplicant())).get("reference")
				.asText());
		}
		moveEngineClock(Period.ofYears(5).plusDays(2));

		List<JsonNode> reports = Concurrently.run(2,
				node -> api.as("admin").post("/api/admin/retention/purge").expect(200));

		List<String> purged = new ArrayList<>();
		reports.forEach(report -> report.get("references").forEach(reference -> purged.add(reference.asText())));
		for (String reference : withdrawn) {
			assertThat(Collections.frequency(purged, reference)).as("purges of %s", reference).isEqualTo(1);
		}
		assertThat(reports).allSatisfy(report -> assertThat(report.get("failures").asInt()).isZero());
	}

	/**
	 * Submitted with its documents and one more of its own, exchanged messages, reviewed and refused by a session; its
	 * letters delivered.
	 */
	private String refusedWithDocumentsAndMessages(Applicant applicant, byte[] ownDocument) {
		String id = steps.createDraft(applicant.username(), DossierSteps.projectData(LOCATION));
		steps.uploadRequiredDocuments(applicant.username(), id, LOCATION);
		api.as(applicant.username())
			.upload("/api/dossiers/" + id + "/documents", "FINANCING_PLAN", "plan-de-financement-dupont.pdf",
					ownDocument)
			.expect(201);
		steps.submit(applicant.username(), id);
		steps.declareComplete(id);
		steps.review(id, new BigDecimal("1000"));
		api.as(applicant.username())
			.post("/api/dossiers/" + id + "/messages", Map.of("body", "Mon numéro : 06 12 34 56 78."))
			.expect(201);
		api.as("officer").post("/api/dossiers/" + id + "/messages", Map.of("body", "Bien noté.")).expect(201);
		String session = steps.session("Bureau métropolitain");
		steps.putOnAgenda(session, id);
		steps.decideAndClose(session, id, "REFUSED", null, "Le projet ne crée pas d'emploi sur le territoire.")
			.expect(200);
		steps.awaitLetter("officer", id, "REFUSAL_DECISION");
		quiet(id);
		return id;
	}

	/** Submitted with its documents, then withdrawn by the applicant; its acknowledgement delivered. */
	private String withdrawnAfterSubmission(Applicant applicant) {
		String id = steps.submitted(applicant.username(), DossierSteps.projectData(LOCATION)).get("id").asText();
		api.as(applicant.username()).post("/api/dossiers/" + id + "/withdraw").expect(200);
		quiet(id);
		return id;
	}

	private record PaidGrant(String dossierId, String paymentRequestId) {
	}

	/** A small real-estate grant (no agreement needed), paid in full on one balance with its invoices: closed. */
	private PaidGrant paidAndClosed(byte[] invoices) {
		Applicant applicant = steps.newApplicant();
		String id = steps.granted(applicant.username(), DossierSteps.projectData(IMMOBILIER), new BigDecimal("1000"));
		String proof = api.as(applicant.username())
			.upload("/api/dossiers/" + id + "/documents", "PAID_INVOICES", "factures.pdf", invoices)
			.expect(201)
			.get("id")
			.asText();
		String balance = steps.requestPayment(applicant.username(), id, "BALANCE", new BigDecimal("1000"),
				new BigDecimal("450000.00"), List.of(proof)).expect(201).get("id").asText();
		steps.approve(balance, new BigDecimal("1000")).expect(200);
		steps.awaitDossier("officer", id, "closed", dossier -> dossier.get("status").asText().equals("CLOSED"));
		quiet(id);
		return new PaidGrant(id, balance);
	}

	private static boolean carriesPersonalDetails(JsonNode timelineEntry) {
		return List.of("LETTER_SENT", "DOCUMENT_ADDED", "REVIEWED").contains(timelineEntry.get("action").asText());
	}

	/** Waits until every letter of the dossier has gone out, so that no act lands on it after the clock moves. */
	private void quiet(String id) {
		steps.awaitDossier("officer", id, "every letter sent", dossier -> {
			long sent = 0;
			for (JsonNode entry : dossier.get("timeline")) {
				sent += entry.get("action").asText().equals("LETTER_SENT") ? 1 : 0;
			}
			return sent >= dossier.get("letters").size();
		});
	}

	/** The engine clock, hence the application's, moved that far ahead of now; it keeps running from there. */
	private static void moveEngineClock(Period ahead) {
		ZonedDateTime now = ZonedDateTime.now(PARIS);
		ClockUtil.offset(Duration.between(now, now.plus(ahead)).toMillis());
	}

	/** A PDF no other test uploads: its file belongs to this dossier only. */
	private static byte[] uniquePdf() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.getDocumentInformation().setTitle("Plan de financement " + UUID.randomUUID());
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
