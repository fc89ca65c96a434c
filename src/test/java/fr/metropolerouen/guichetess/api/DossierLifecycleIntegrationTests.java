package fr.metropolerouen.guichetess.api;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.support.Api;
import fr.metropolerouen.guichetess.support.DossierSteps;
import fr.metropolerouen.guichetess.support.DossierSteps.Applicant;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.PdfA;
import fr.metropolerouen.guichetess.support.Pdfs;
import fr.metropolerouen.guichetess.support.TestFiles;
import fr.metropolerouen.guichetess.support.TestMailServer;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static fr.metropolerouen.guichetess.support.DossierSteps.IMMOBILIER;
import static fr.metropolerouen.guichetess.support.DossierSteps.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole life of a dossier of each scheme, through the HTTP API only: from draft to closure, and every way a
 * dossier can end. Runs on H2 and on PostgreSQL. Location allows one application per organisation every three years,
 * so most tests apply with an organisation of their own.
 */
class DossierLifecycleIntegrationTests extends ApiIntegrationTest {

	private static final String APPLICANT = "applicant-a";

	private static final String APPLICANT_MAIL = "applicant-a@guichet-ess.example";

	@Test
	void immobilierDossierIsGrantedPaidInTwoInstalmentsAndClosed() throws Exception {
		int year = DossierSteps.today().getYear();
		JsonNode envelopeBefore = steps.envelope(IMMOBILIER, year);

		JsonNode submitted = steps.submitted(APPLICANT, DossierSteps.projectData(IMMOBILIER));
		String id = submitted.get("id").asText();
		String reference = submitted.get("reference").asText();
		assertThat(reference).matches("DIE-" + year + "-\\d{4}");
		assertThat(submitted.get("status").asText()).isEqualTo("SUBMITTED");
		MimeMessage acknowledgement = TestMailServer.awaitMail(APPLICANT_MAIL,
				"Accusé de réception de votre demande " + reference);
		assertThat(textOf(acknowledgement)).contains("réputée rejetée");
		assertThat(attachmentNames(acknowledgement)).containsExactly(reference + "-acknowledgement-of-receipt.pdf");

		assertThat(steps.declareComplete(id).get("status").asText()).isEqualTo("UNDER_REVIEW");
		JsonNode assessed = steps.awaitDossier("officer", id, "suggested amount",
				d -> !d.get("suggestedAmount").isNull());
		assertThat(assessed.at("/eligibility/eligible").asBoolean()).isTrue();
		assertThat(assessed.get("ruleSetVersion").asText()).isEqualTo("1");
		assertThat(assessed.at("/ruleSet/adoptedBy").asText()).isNotBlank();
		assertThat(assessed.at("/eligibility/criteria")).hasSize(10)
			.allSatisfy(criterion -> {
				assertThat(criterion.get("outcome").asText()).isEqualTo("MET");
				assertThat(criterion.get("reason").asText()).isNotBlank();
				assertThat(criterion.get("ruleSetVersion").asText()).isEqualTo("1");
			});
		assertThat(assessed.get("suggestedAmount").decimalValue()).isEqualByComparingTo("45000.00");
		assertThat(steps.dossier(APPLICANT, id).get("suggestedAmount").isNull())
			.as("preparatory amounts are not shown to the applicant before the decision")
			.isTrue();

		assertThat(steps.review(id, new BigDecimal("30000.00")).get("status").asText()).isEqualTo("AWAITING_COMMITTEE");
		String session = steps.session("Bureau du lifecycle Immobilier");
		steps.putOnAgenda(session, id);
		steps.decideAndClose(session, id, "GRANTED", new BigDecimal("30000.00"), null).expect(200);

		JsonNode granted = steps.dossier(APPLICANT, id);
		assertThat(granted.get("status").asText()).isEqualTo("GRANTED");
		assertThat(granted.get("grantedAmount").decimalValue()).isEqualByComparingTo("30000.00");
		JsonNode envelopeAfterGrant = steps.envelope(IMMOBILIER, year);
		assertThat(envelopeAfterGrant.get("engaged").decimalValue())
			.isEqualByComparingTo(envelopeBefore.get("engaged").decimalValue().add(new BigDecimal("30000.00")));

		JsonNode letter = awaitLetter(id, "GRANT_DECISION");
		Api.Response pdf = api.as(APPLICANT).get("/api/dossiers/" + id + "/letters/" + letter.get("id").asText());
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		assertThat(sha256(pdf.body())).isEqualTo(letter.get("sha256").asText());
		assertThat(pdf.headers().getFirst("X-Content-SHA256")).as("the download carries the recorded fingerprint")
			.isEqualTo(letter.get("sha256").asText());
		assertThat(pdf.headers().getFirst("Repr-Digest")).startsWith("sha-256=:").endsWith(":");
		assertThat(Pdfs.text(pdf.body())).contains(reference, "Association Les Ateliers Solidaires",
				"30 000,00 € (trente mille euros)",
				"Voies et délais de recours", "Tribunal administratif de Rouen");
		assertThat(PdfA.violationsOfPdfA2b(pdf.body())).as("the grant letter as issued: broken PDF/A-2b rules").isEmpty();
		MimeMessage letterMail = TestMailServer.awaitMail(APPLICANT_MAIL, "Notification d'attribution de l'aide – dossier " + reference);
		assertThat(attachmentNames(letterMail)).containsExactly(reference + "-grant-decision.pdf");

		String invoices = steps.uploadProof(APPLICANT, id, "PAID_INVOICES");
		JsonNode unsigned = steps.requestPayment(APPLICANT, id, "INTERIM", new BigDecimal("20000.00"),
				new BigDecimal("200000.00"), List.of(invoices)).expect(409);
		assertThat(unsigned.get("detail").asText()).contains("convention d'attribution n'est pas encore signée");
		assertThat(awaitLetter(id, "GRANT_AGREEMENT")).as("30 000 € on one budget year needs an agreement").isNotNull();
		assertThat(steps.signAgreement(APPLICANT, id).get("status").asText()).isEqualTo("SIGNED");
		String interim = steps.requestPayment(APPLICANT, id, "INTERIM", new BigDecimal("20000.00"),
				new BigDecimal("300000.00"), List.of(invoices)).expect(201).get("id").asText();
		JsonNode officerTask = steps.awaitTask("officer", id, "SERVICE_DONE_CERTIFICATION");
		assertThat(officerTask.get("paymentRequestId").asText()).isEqualTo(interim);
		steps.payThroughTheChain(interim);
		JsonNode afterInterim = steps.dossier(APPLICANT, id);
		assertThat(afterInterim.get("status").asText()).isEqualTo("GRANTED");
		assertThat(afterInterim.get("paidAmount").decimalValue()).isEqualByComparingTo("20000.00");

		String balance = steps.requestPayment(APPLICANT, id, "BALANCE", new BigDecimal("8000.00"),
				new BigDecimal("280000.00"), List.of(invoices)).expect(201).get("id").asText();
		steps.approve(balance, new BigDecimal("8000.00")).expect(200);

		JsonNode closed = steps.dossier(APPLICANT, id);
		assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
		assertThat(closed.get("paidAmount").decimalValue()).isEqualByComparingTo("28000.00");
		JsonNode envelopeAfter = steps.envelope(IMMOBILIER, year);
		assertThat(envelopeAfter.get("paid").decimalValue())
			.isEqualByComparingTo(envelopeBefore.get("paid").decimalValue().add(new BigDecimal("28000.00")));
		assertThat(envelopeAfter.get("released").decimalValue())
			.as("the part of the grant not consumed at the balance goes back to the envelope")
			.isEqualByComparingTo(envelopeBefore.get("released").decimalValue().add(new BigDecimal("2000.00")));
		assertThat(envelopeAfter.get("available").decimalValue())
			.isEqualByComparingTo(envelopeBefore.get("available").decimalValue().subtract(new BigDecimal("28000.00")));
		assertThat(actions(closed)).containsSubsequence("CREATED", "SUBMITTED", "COMPLETENESS_CONFIRMED",
				"ELIGIBILITY_ASSESSED", "AMOUNT_SUGGESTED", "REVIEWED", "PLACED_ON_AGENDA", "GRANTED", "LETTER_ISSUED",
				"PAYMENT_REQUESTED", "PAYMENT_LIQUIDATED", "PAYMENT_ORDERED", "PAYMENT_MADE", "PAYMENT_REQUESTED",
				"PAYMENT_APPROVED",
				"ENGAGEMENT_RELEASED", "CLOSED");
		assertThat(closed.get("timeline")).allSatisfy(entry -> {
			assertThat(entry.get("actor").asText()).isNotBlank();
			assertThat(entry.get("at").asText()).isNotBlank();
		});
		assertThat(api.as("officer").get("/api/tasks?dossierId=" + id).expect(200)).isEmpty();
		assertThat(api.as("finance").get("/api/tasks?dossierId=" + id).expect(200)).isEmpty();
	}

	@Test
	void locationDossierIsPaidInYearlyInstalmentsAndClosesWhenFullyPaid() {
		Applicant applicant = steps.newApplicant();
		int year = DossierSteps.today().getYear();
		JsonNode envelopeBefore = steps.envelope(LOCATION, year);
		String id = steps.awaitingCommittee(applicant.username(), DossierSteps.projectData(LOCATION), new BigDecimal("5000.00"));
		assertThat(steps.dossier("officer", id).get("suggestedAmount").decimalValue()).isEqualByComparingTo("15000.00");
		String session = steps.session("Bureau du lifecycle Location");
		steps.putOnAgenda(session, id);
		steps.decideAndClose(session, id, "GRANTED", new BigDecimal("5000.00"), null).expect(200);
		awaitLetter(id, "GRANT_DECISION");

		String receipts = steps.uploadProof(applicant.username(), id, "RENT_RECEIPTS");
		assertThat(steps.requestPayment(applicant.username(), id, "INTERIM", new BigDecimal("100.00"), new BigDecimal("15000.00"),
				List.of(receipts)).status()).as("Location pays yearly instalments only").isEqualTo(400);
		String first = steps.requestPayment(applicant.username(), id, "ANNUAL_INSTALMENT", new BigDecimal("2500.00"),
				new BigDecimal("15000.00"), List.of(receipts)).expect(201).get("id").asText();
		steps.approve(first, new BigDecimal("2500.00")).expect(200);
		assertThat(steps.dossier(applicant.username(), id).get("status").asText()).isEqualTo("GRANTED");
		String second = steps.requestPayment(applicant.username(), id, "ANNUAL_INSTALMENT", new BigDecimal("1500.00"),
				new BigDecimal("15000.00"), List.of(receipts)).expect(201).get("id").asText();
		steps.approve(second, new BigDecimal("1500.00")).expect(200);
		assertThat(steps.dossier(applicant.username(), id).get("status").asText()).isEqualTo("GRANTED");
		String third = steps.requestPayment(applicant.username(), id, "ANNUAL_INSTALMENT", new BigDecimal("1000.00"),
				new BigDecimal("15000.00"), List.of(receipts)).expect(201).get("id").asText();
		steps.approve(third, new BigDecimal("1000.00")).expect(200);

		JsonNode closed = steps.dossier(applicant.username(), id);
		assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
		assertThat(closed.get("paidAmount").decimalValue()).isEqualByComparingTo("5000.00");
		assertThat(closed.get("payments")).hasSize(3);
		JsonNode envelopeAfter = steps.envelope(LOCATION, year);
		assertThat(envelopeAfter.get("paid").decimalValue())
			.isEqualByComparingTo(envelopeBefore.get("paid").decimalValue().add(new BigDecimal("5000.00")));
		assertThat(envelopeAfter.get("released").decimalValue())
			.isEqualByComparingTo(envelopeBefore.get("released").decimalValue());
		assertThat(steps.requestPayment(applicant.username(), id, "ANNUAL_INSTALMENT", new BigDecimal("1.00"),
				new BigDecimal("1.00"), List.of(receipts)).status()).isEqualTo(409);
	}

	@ParameterizedTest
	@ValueSource(strings = { IMMOBILIER, LOCATION })
	void committeeRefusalSendsAReasonedRefusalLetterAndEngagesNothing(String scheme) {
		Applicant applicant = steps.newApplicant();
		int year = DossierSteps.today().getYear();
		String id = steps.awaitingCommittee(applicant.username(), DossierSteps.projectData(scheme), new BigDecimal("1000.00"));
		JsonNode envelopeBefore = steps.envelope(scheme, year);
		String session = steps.session("Bureau refus");
		steps.putOnAgenda(session, id);
		steps.decide(session, id, "REFUSED", null, null).expect(400);
		steps.decideAndClose(session, id, "REFUSED", null, "Le projet ne crée pas d'emploi sur le territoire.").expect(200);

		JsonNode refused = steps.dossier(applicant.username(), id);
		assertThat(refused.get("status").asText()).isEqualTo("REFUSED");
		assertThat(refused.get("decisionReasons").asText()).contains("ne crée pas d'emploi");
		JsonNode letter = awaitLetter(id, "REFUSAL_DECISION");
		String text = Pdfs.text(api.as(applicant.username())
			.get("/api/dossiers/" + id + "/letters/" + letter.get("id").asText())
			.body());
		assertThat(text).contains(refused.get("reference").asText(), applicant.organisationName(),
				"Le projet ne crée pas d'emploi sur le territoire.", "Voies et délais de recours");
		assertThat(steps.envelope(scheme, year).get("engaged").decimalValue())
			.isEqualByComparingTo(envelopeBefore.get("engaged").decimalValue());
		TestMailServer.awaitMail(applicant.email(), "Notification de refus de l'aide – dossier " + refused.get("reference").asText());
	}

	@ParameterizedTest
	@ValueSource(strings = { IMMOBILIER, LOCATION })
	void ineligibleDossierConfirmedByTheOfficerIsRefusedWithItsReasons(String scheme) {
		Applicant applicant = steps.newApplicant();
		Map<String, Object> outsideMetropole = DossierSteps.projectData(scheme);
		outsideMetropole.put("communeInseeCode", "76351");
		String id = steps.submitted(applicant.username(), outsideMetropole).get("id").asText();
		steps.declareComplete(id);

		steps.awaitTask("officer", id, "ELIGIBILITY_CONFIRMATION");
		JsonNode assessed = steps.dossier("officer", id);
		assertThat(assessed.at("/eligibility/eligible").asBoolean()).isFalse();
		assertThat(assessed.at("/eligibility/verdict").asText()).isEqualTo("INELIGIBLE");
		assertThat(criterion(assessed, "TERRITORY").get("outcome").asText()).isEqualTo("NOT_MET");
		api.as("officer")
			.post("/api/dossiers/" + id + "/review", Map.of("proposedAmount", 1000, "opinion", "Trop tôt"))
			.expect(409);

		api.as("officer")
			.post("/api/dossiers/" + id + "/eligibility-confirmation",
					Map.of("confirmIneligible", true, "justification", "Le local est situé au Havre."))
			.expect(200);
		JsonNode refused = steps.dossier(applicant.username(), id);
		assertThat(refused.get("status").asText()).isEqualTo("REFUSED");
		assertThat(refused.at("/eligibility/officerDecision/confirmedIneligible").asBoolean()).isTrue();
		JsonNode letter = awaitLetter(id, "INELIGIBILITY_DECISION");
		assertThat(Pdfs.text(api.as(applicant.username())
			.get("/api/dossiers/" + id + "/letters/" + letter.get("id").asText())
			.body())).contains(refused.get("reference").asText(), criterion(assessed, "TERRITORY").get("reason").asText(),
					"Le local est situé au Havre.", "Voies et délais de recours");
	}

	@Test
	void aCommercialCompanyIsLeftToTheOfficerWhoMustJustifyARefusal() {
		Map<String, Object> organisation = Map.of("siret", "53900000000015", "name", "Recyclerie Seine SAS",
				"legalFormCode", "5710", "communeInseeCode", "76681", "address", "3 rue de la Gare, Sotteville",
				"employees", 6);
		api.anonymous()
			.post("/api/accounts", Map.of("username", "recyclerie-sas", "password", "une phrase de passe solide",
					"email", "contact@recyclerie.example", "organisation", organisation))
			.expect(201);
		Api.Caller sas = api.as("recyclerie-sas", "une phrase de passe solide");
		Map<String, Object> data = DossierSteps.projectData(LOCATION);
		data.put("communeInseeCode", "76681");
		String id = sas.post("/api/dossiers", data).expect(201).get("id").asText();
		for (String type : steps.requiredDocumentTypes(LOCATION)) {
			sas.upload("/api/dossiers/" + id + "/documents", type, type + ".pdf", TestFiles.pdf()).expect(201);
		}
		String reference = sas.post("/api/dossiers/" + id + "/submit").expect(200).get("reference").asText();
		steps.declareComplete(id);

		steps.awaitTask("officer", id, "ELIGIBILITY_CONFIRMATION");
		JsonNode assessed = steps.dossier("officer", id);
		assertThat(assessed.at("/eligibility/verdict").asText()).isEqualTo("NEEDS_REVIEW");
		assertThat(assessed.at("/eligibility/eligible").asBoolean()).isFalse();
		assertThat(criterion(assessed, "ESS_MEMBERSHIP").get("outcome").asText()).isEqualTo("NEEDS_REVIEW");
		assertThat(criterion(assessed, "ESS_MEMBERSHIP").get("reason").asText()).contains("statuts", "ESUS");

		JsonNode unjustified = api.as("officer")
			.post("/api/dossiers/" + id + "/eligibility-confirmation", Map.of("confirmIneligible", true))
			.expect(400);
		assertThat(unjustified.get("errors").get(0).get("field").asText()).isEqualTo("justification");
		api.as("officer")
			.post("/api/dossiers/" + id + "/eligibility-confirmation", Map.of("confirmIneligible", true,
					"justification", "Les statuts ne prévoient ni gouvernance démocratique ni réserves impartageables."))
			.expect(200);

		JsonNode letter = awaitLetter(sas, id, "INELIGIBILITY_DECISION");
		assertThat(Pdfs.text(sas.get("/api/dossiers/" + id + "/letters/" + letter.get("id").asText()).body()))
			.contains(reference, "Recyclerie Seine SAS", "Société commerciale", "gouvernance démocratique");
	}

	@Test
	void anOfficerCanOverrideAnIneligibleVerdictWithAWrittenJustification() {
		Applicant applicant = steps.newApplicant();
		Map<String, Object> outsideMetropole = DossierSteps.projectData(LOCATION);
		outsideMetropole.put("communeInseeCode", "76351");
		String id = steps.submitted(applicant.username(), outsideMetropole).get("id").asText();
		steps.declareComplete(id);
		steps.awaitTask("officer", id, "ELIGIBILITY_CONFIRMATION");

		JsonNode missingJustification = api.as("officer")
			.post("/api/dossiers/" + id + "/eligibility-confirmation", Map.of("confirmIneligible", false))
			.expect(400);
		assertThat(missingJustification.get("detail").asText()).contains("justification");
		api.as("officer")
			.post("/api/dossiers/" + id + "/eligibility-confirmation", Map.of("confirmIneligible", false,
					"justification", "Siège à Rouen : le local du Havre n'est qu'une antenne, exception admise."))
			.expect(200);

		steps.awaitTask("officer", id, "REVIEW");
		JsonNode overridden = steps.dossier("officer", id);
		assertThat(overridden.get("status").asText()).isEqualTo("UNDER_REVIEW");
		assertThat(overridden.at("/eligibility/eligible").asBoolean()).isTrue();
		assertThat(overridden.at("/eligibility/verdict").asText()).isEqualTo("INELIGIBLE");
		assertThat(overridden.at("/eligibility/officerDecision/justification").asText()).contains("antenne");
		assertThat(overridden.get("suggestedAmount").decimalValue()).isEqualByComparingTo("15000.00");
		assertThat(steps.review(id, new BigDecimal("3000.00")).get("status").asText()).isEqualTo("AWAITING_COMMITTEE");
	}

	@ParameterizedTest
	@ValueSource(strings = { IMMOBILIER, LOCATION })
	void missingDocumentsAreRequestedThenProvidedAndTheReviewGoesOn(String scheme) throws Exception {
		Applicant applicant = steps.newApplicant();
		JsonNode submitted = steps.submitted(applicant.username(), DossierSteps.projectData(scheme));
		String id = submitted.get("id").asText();
		String reference = submitted.get("reference").asText();

		JsonNode waiting = steps.requestDocuments(id, List.of("STATUTES", "BANK_DETAILS"),
				"Les statuts fournis ne sont pas signés ; le RIB est illisible.");
		assertThat(waiting.get("status").asText()).isEqualTo("AWAITING_DOCUMENTS");
		assertThat(waiting.at("/missingDocuments/documentTypes")).extracting(JsonNode::asText)
			.containsExactly("STATUTES", "BANK_DETAILS");
		MimeMessage request = TestMailServer.awaitMail(applicant.email(), "Pièces manquantes pour votre demande " + reference);
		assertThat(textOf(request)).contains("Statuts de la structure", "Relevé d'identité bancaire",
				"le RIB est illisible");
		assertThat(steps.awaitTask(applicant.username(), id, "MISSING_DOCUMENTS")).isNotNull();
		assertThat(steps.task("applicant-b", id, "MISSING_DOCUMENTS")).as("another organisation sees nothing").isNull();

		steps.upload(applicant.username(), id, "STATUTES");
		steps.upload(applicant.username(), id, "BANK_DETAILS");
		assertThat(steps.submit(applicant.username(), id).get("status").asText()).isEqualTo("SUBMITTED");
		assertThat(steps.task(applicant.username(), id, "MISSING_DOCUMENTS")).isNull();

		assertThat(steps.declareComplete(id).get("status").asText()).isEqualTo("UNDER_REVIEW");
		steps.awaitTask("officer", id, "REVIEW");
		assertThat(actions(steps.dossier(applicant.username(), id))).containsSubsequence("SUBMITTED", "DOCUMENTS_REQUESTED",
				"DOCUMENT_ADDED", "DOCUMENT_ADDED", "RESUBMITTED", "COMPLETENESS_CONFIRMED");
	}

	@ParameterizedTest
	@ValueSource(strings = { IMMOBILIER, LOCATION })
	void unansweredRequestForDocumentsIsRemindedThenClosedWithoutFollowUp(String scheme) {
		Applicant applicant = steps.newApplicant();
		JsonNode submitted = steps.submitted(applicant.username(), DossierSteps.projectData(scheme));
		String id = submitted.get("id").asText();
		String reference = submitted.get("reference").asText();
		steps.requestDocuments(id, List.of("FINANCING_PLAN"), "Le plan de financement manque.");

		moveEngineClock(Duration.ofDays(16));
		TestMailServer.awaitMail(applicant.email(), "Relance – pièces manquantes pour votre demande " + reference);
		JsonNode reminded = steps.awaitDossier(applicant.username(), id, "reminder recorded",
				d -> actions(d).contains("DOCUMENTS_REMINDER_SENT"));
		assertThat(reminded.get("status").asText()).isEqualTo("AWAITING_DOCUMENTS");

		moveEngineClock(Duration.ofDays(31));
		JsonNode closed = steps.awaitDossier(applicant.username(), id, "closed without follow-up",
				d -> d.get("status").asText().equals("CLOSED_WITHOUT_FOLLOW_UP"));
		assertThat(actions(closed)).containsSubsequence("DOCUMENTS_REQUESTED", "DOCUMENTS_REMINDER_SENT",
				"CLOSED_WITHOUT_FOLLOW_UP");
		JsonNode letter = awaitLetter(id, "CLOSURE_WITHOUT_FOLLOW_UP");
		assertThat(Pdfs.text(api.as(applicant.username())
			.get("/api/dossiers/" + id + "/letters/" + letter.get("id").asText())
			.body())).contains(reference, "Plan de financement", "classé sans suite");
		assertThat(steps.task(applicant.username(), id, "MISSING_DOCUMENTS")).isNull();
		api.as(applicant.username()).post("/api/dossiers/" + id + "/submit").expect(409);
	}

	@ParameterizedTest
	@ValueSource(strings = { IMMOBILIER, LOCATION })
	void applicantWithdrawsBeforeTheDecisionButNotAfterTheGrant(String scheme) {
		Applicant applicant = steps.newApplicant();
		String draft = steps.createDraft(applicant.username(), DossierSteps.projectData(scheme));
		assertThat(api.as(applicant.username()).post("/api/dossiers/" + draft + "/withdraw").expect(200).get("status").asText())
			.isEqualTo("WITHDRAWN");

		String underReview = steps.submitted(applicant.username(), DossierSteps.projectData(scheme)).get("id").asText();
		steps.declareComplete(underReview);
		steps.awaitTask("officer", underReview, "REVIEW");
		assertThat(api.as(applicant.username()).post("/api/dossiers/" + underReview + "/withdraw").expect(200).get("status")
			.asText()).isEqualTo("WITHDRAWN");
		assertThat(api.as("officer").get("/api/tasks?dossierId=" + underReview).expect(200))
			.as("the withdrawn dossier's process has stopped")
			.isEmpty();
		api.as("officer")
			.post("/api/dossiers/" + underReview + "/review", Map.of("proposedAmount", 1000, "opinion", "Trop tard"))
			.expect(409);

		String granted = steps.granted(applicant.username(), DossierSteps.projectData(scheme), new BigDecimal("1000.00"));
		JsonNode refusal = api.as(applicant.username()).post("/api/dossiers/" + granted + "/withdraw").expect(409);
		assertThat(refusal.get("detail").asText()).contains("ne peut plus être retiré");
		assertThat(steps.dossier(applicant.username(), granted).get("status").asText()).isEqualTo("GRANTED");
	}

	@Test
	void aDeferredDossierWaitsForALaterSession() {
		Applicant applicant = steps.newApplicant();
		String id = steps.awaitingCommittee(applicant.username(), DossierSteps.projectData(LOCATION), new BigDecimal("1500.00"));
		String first = steps.session("Bureau de mars");
		steps.putOnAgenda(first, id);
		steps.decideAndClose(first, id, "DEFERRED", null, "Visite des locaux à organiser.").expect(200);
		JsonNode deferred = steps.dossier(applicant.username(), id);
		assertThat(deferred.get("status").asText()).isEqualTo("AWAITING_COMMITTEE");
		assertThat(steps.task("committee", id, "COMMITTEE_DECISION")).isNotNull();
		TestMailServer.awaitMail(applicant.email(), "Examen de votre demande " + deferred.get("reference").asText() + " reporté");
		steps.decide(first, id, "GRANTED", new BigDecimal("1500.00"), null).expect(409);

		String second = steps.session("Bureau d'avril");
		assertThat(api.as("committee").get("/api/committee-sessions/" + second).expect(200).get("agenda"))
			.as("the deferred dossier is carried over to the next session")
			.anySatisfy(item -> assertThat(item.get("dossierId").asText()).isEqualTo(id));
		steps.decideAndClose(second, id, "GRANTED", new BigDecimal("1500.00"), null).expect(200);
		assertThat(steps.dossier(applicant.username(), id).get("status").asText()).isEqualTo("GRANTED");
		assertThat(actions(steps.dossier(applicant.username(), id))).containsSubsequence("PLACED_ON_AGENDA", "DEFERRED",
				"PLACED_ON_AGENDA", "GRANTED");
	}

	private void moveEngineClock(Duration ahead) {
		ClockUtil.offset(ahead.toMillis());
	}

	private JsonNode awaitLetter(String dossierId, String kind) {
		JsonNode dossier = steps.awaitDossier("officer", dossierId, kind + " letter", d -> letter(d, kind) != null);
		return letter(dossier, kind);
	}

	private static JsonNode awaitLetter(Api.Caller reader, String dossierId, String kind) {
		return Awaitility.await(kind + " letter")
			.atMost(Duration.ofSeconds(30))
			.until(() -> letter(reader.get("/api/dossiers/" + dossierId).expect(200), kind), letter -> letter != null);
	}

	private static JsonNode letter(JsonNode dossier, String kind) {
		for (JsonNode letter : dossier.get("letters")) {
			if (letter.get("kind").asText().equals(kind)) {
				return letter;
			}
		}
		return null;
	}

	private static JsonNode criterion(JsonNode dossier, String code) {
		for (JsonNode criterion : dossier.at("/eligibility/criteria")) {
			if (criterion.get("code").asText().equals(code)) {
				return criterion;
			}
		}
		throw new AssertionError("No criterion " + code);
	}

	private static List<String> actions(JsonNode dossier) {
		List<String> actions = new ArrayList<>();
		dossier.get("timeline").forEach(entry -> actions.add(entry.get("action").asText()));
		return actions;
	}

	private static String sha256(byte[] bytes) throws Exception {
		return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	/** The text of a mail: its first part, however deep (a mail with an attachment nests its text). */
	private static String textOf(MimeMessage message) throws Exception {
		Object content = message.getContent();
		while (content instanceof Multipart multipart) {
			content = multipart.getBodyPart(0).getContent();
		}
		return content.toString();
	}

	private static List<String> attachmentNames(MimeMessage message) throws Exception {
		List<String> names = new ArrayList<>();
		Multipart multipart = (Multipart) message.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			Part part = multipart.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				names.add(part.getFileName());
			}
		}
		return names;
	}

}
