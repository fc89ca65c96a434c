package fr.metropolerouen.guichetess.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.support.Api;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.Concurrently;
import fr.metropolerouen.guichetess.support.DossierSteps;
import fr.metropolerouen.guichetess.support.PdfA;
import fr.metropolerouen.guichetess.support.Pdfs;
import fr.metropolerouen.guichetess.support.TestMailServer;
import fr.metropolerouen.guichetess.support.TestYears;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import static fr.metropolerouen.guichetess.support.DossierSteps.IMMOBILIER;
import static fr.metropolerouen.guichetess.support.DossierSteps.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session as the Bureau holds it: members and quorum, declared interests, decisions recorded and corrected, an
 * agenda the envelope cannot cover, the closing that numbers the deliberations and writes the minutes before any
 * letter goes out, the deferred dossier carried over, and the grant agreement that payments wait for.
 */
class CommitteeSessionIntegrationTests extends ApiIntegrationTest {

	private static final List<Map<String, Object>> MEMBERS = List.of(
			Map.of("name", "Anne Durand", "title", "Présidente de séance"),
			Map.of("name", "Paul Martin", "title", "Vice-président chargé de l'ESS"),
			Map.of("name", "Léa Petit", "title", "Conseillère métropolitaine"));

	@Test
	void aSessionOfFiveDossiersClosesWithNumberedMinutesFourLettersAndTheDeferredDossierCarriedOver() {
		int year = TestYears.unused();
		openEnvelope(LOCATION, year, "10000.00");
		List<String> applicants = new ArrayList<>();
		List<String> dossiers = new ArrayList<>();
		for (String proposed : List.of("3000.00", "3000.00", "2000.00", "2000.00", "5000.00")) {
			String applicant = steps.newApplicant().username();
			applicants.add(applicant);
			dossiers.add(steps.awaitingCommittee(applicant, DossierSteps.projectData(LOCATION), new BigDecimal(proposed)));
		}
		String granted = dossiers.get(0);
		String withConflict = dossiers.get(1);
		String refused = dossiers.get(2);
		String deferred = dossiers.get(3);
		String overCommitting = dossiers.get(4);
		JsonNode session = api.as("committee")
			.post("/api/committee-sessions",
					Map.of("date", LocalDate.of(year, 6, 10), "title", "Séance de juin", "members", MEMBERS))
			.expect(201);
		String id = session.get("id").asText();
		assertThat(session.get("status").asText()).isEqualTo("PLANNED");
		steps.putOnAgenda(id, dossiers.toArray(String[]::new));
		String next = steps.sessionOn(LocalDate.of(year, 7, 8), "Séance de juillet");

		JsonNode check = envelopeCheck(api.as("committee").get("/api/committee-sessions/" + id).expect(200));
		assertThat(check.get("proposedHere").decimalValue()).isEqualByComparingTo("15000.00");
		assertThat(check.get("overCommitted").asBoolean()).as("flagged before the session").isTrue();
		assertThat(Pdfs.plainSpaces(check.get("warning").asText())).contains("il manque 5 000,00 €");
		assertThat(decide(id, granted, "GRANTED", "3000.00", null, null).status())
			.as("presence is recorded before deliberating")
			.isEqualTo(409);

		JsonNode held = hold(id, 3);
		assertThat(held.get("quorumReached").asBoolean()).isTrue();
		String paulMartin = held.get("members").get(1).get("id").asText();
		api.as("committee")
			.post("/api/committee-sessions/" + id + "/conflicts", Map.of("memberId", paulMartin, "dossierId",
					withConflict, "statement", "Administrateur bénévole de la structure."))
			.expect(200);

		decide(id, granted, "GRANTED", "2500.00", null, null).expect(200);
		assertThat(decide(id, granted, "GRANTED", "3000.00", null, null).expect(400).get("errors").get(0).get("field")
			.asText()).isEqualTo("correctionReason");
		decide(id, granted, "GRANTED", "3000.00", null, "Erreur de saisie du montant voté.").expect(200);
		decide(id, withConflict, "GRANTED", "3000.00", null, null).expect(200);
		decide(id, refused, "REFUSED", null, "Le projet ne crée pas d'emploi salarié.", null).expect(200);
		decide(id, deferred, "DEFERRED", null, "Visite des locaux à organiser.", null).expect(200);
		JsonNode overCommitment = decide(id, overCommitting, "GRANTED", "5000.00", null, null).expect(409);
		assertThat(Pdfs.plainSpaces(overCommitment.get("detail").asText())).contains("ne dispose plus que de 4 000,00 €",
				"6 000,00 € sont déjà accordés par des séances non closes");
		decide(id, overCommitting, "REFUSED", null, "L'enveloppe de l'année est épuisée.", null).expect(200);
		assertThat(steps.dossier("officer", granted).get("status").asText())
			.as("nothing takes effect before the closing")
			.isEqualTo("AWAITING_COMMITTEE");
		assertThat(letters(granted)).isEmpty();

		JsonNode closed = steps.close(id).expect(200);

		assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
		List<String> numbers = new ArrayList<>();
		closed.get("agenda").forEach(item -> numbers.add(item.get("deliberationNumber").asText()));
		assertThat(numbers).containsExactly("B" + year + "-0001", "B" + year + "-0002", "B" + year + "-0003",
				"B" + year + "-0004", "B" + year + "-0005");
		assertThat(closed.get("agenda").get(0).get("history")).hasSize(2)
			.last()
			.satisfies(last -> assertThat(last.get("correctionReason").asText()).isEqualTo("Erreur de saisie du montant voté."));
		Api.Response minutes = api.as("officer").get("/api/committee-sessions/" + id + "/minutes");
		assertThat(minutes.status()).isEqualTo(200);
		assertThat(minutes.contentType()).isEqualTo("application/pdf");
		assertThat(PdfA.violationsOfPdfA2b(minutes.body())).as("the minutes as issued: broken PDF/A-2b rules").isEmpty();
		String text = Pdfs.text(minutes.body());
		String[] outcomes = { "Accordée – 3 000,00 €", "Accordée – 3 000,00 €", "Refusée – Le projet ne crée pas d'emploi salarié.",
				"Ajournée – Visite des locaux à organiser.", "Refusée – L'enveloppe de l'année est épuisée." };
		for (int i = 0; i < 5; i++) {
			String reference = steps.dossier("officer", dossiers.get(i)).get("reference").asText();
			assertThat(text).contains("Point n° " + (i + 1) + " – délibération n° " + numbers.get(i))
				.contains("Dossier " + reference)
				.contains("Décision : " + outcomes[i]);
		}
		assertThat(text).contains("Anne Durand (Présidente de séance)", "quorum étant atteint (3 membres présents sur 3)")
			.contains("Ayant déclaré un intérêt, Paul Martin n’a pas pris part à la délibération.")
			.contains("2 aide(s) accordée(s) pour un total de 6 000,00 €, 2 refus, 1 ajournement(s).");

		for (String dossier : List.of(granted, withConflict)) {
			assertThat(awaitLetter(dossier, "GRANT_DECISION")).isNotNull();
			assertThat(steps.dossier("officer", dossier).get("status").asText()).isEqualTo("GRANTED");
		}
		for (String dossier : List.of(refused, overCommitting)) {
			assertThat(awaitLetter(dossier, "REFUSAL_DECISION")).isNotNull();
			assertThat(steps.dossier("officer", dossier).get("status").asText()).isEqualTo("REFUSED");
		}
		int mailsOfLetters = 0;
		for (int i : new int[] { 0, 1, 2, 4 }) {
			String reference = steps.dossier("officer", dossiers.get(i)).get("reference").asText();
			TestMailServer.awaitMail(applicants.get(i) + "@guichet-ess.example", "dossier " + reference);
			mailsOfLetters += TestMailServer.received(applicants.get(i) + "@guichet-ess.example", "Notification").size();
		}
		assertThat(mailsOfLetters).as("four decision letters mailed").isEqualTo(4);
		assertThat(letters(deferred)).as("an adjournment is no decision letter").isEmpty();
		JsonNode grantedDossier = steps.dossier(applicants.get(0), granted);
		assertThat(grantedDossier.get("deliberationNumber").asText()).isEqualTo(numbers.get(0));
		assertThat(Pdfs.text(api.as(applicants.get(0)).get("/api/dossiers/" + granted + "/letters/"
				+ letter(grantedDossier, "GRANT_DECISION").get("id").asText()).body()))
			.contains("Par délibération n° " + numbers.get(0) + " du Bureau métropolitain du 10 juin " + year);
		JsonNode envelope = steps.envelope(LOCATION, year);
		assertThat(envelope.get("engaged").decimalValue()).isEqualByComparingTo("6000.00");

		assertThat(steps.dossier("officer", deferred).get("status").asText()).isEqualTo("AWAITING_COMMITTEE");
		JsonNode nextSession = api.as("committee").get("/api/committee-sessions/" + next).expect(200);
		assertThat(nextSession.get("agenda")).extracting(item -> item.get("dossierId").asText()).containsExactly(deferred);
		decide(id, deferred, "GRANTED", "2000.00", null, "Correction tardive").expect(409);
		steps.close(id).expect(409);
	}

	@Test
	void deliberationNumbersStayUniqueAndGapFreeUnderConcurrentClosings() {
		int year = TestYears.unused();
		openEnvelope(LOCATION, year, "100000.00");
		int sessions = 8;
		List<String> dossiers = steps.awaitingCommittee(sessions * 2, LOCATION, i -> new BigDecimal("1000.00"));
		List<String> ids = IntStream.range(0, sessions).mapToObj(i -> {
			String session = steps.sessionOn(LocalDate.of(year, 3, 1 + i), "Séance n° " + i);
			steps.putOnAgenda(session, dossiers.get(2 * i), dossiers.get(2 * i + 1));
			decide(session, dossiers.get(2 * i), "GRANTED", "1000.00", null, null).expect(200);
			decide(session, dossiers.get(2 * i + 1), "REFUSED", null, "Hors champ.", null).expect(200);
			return session;
		}).toList();

		List<Api.Response> closings = Concurrently.run(sessions, i -> steps.close(ids.get(i)));

		assertThat(closings).extracting(Api.Response::status).containsOnly(200);
		List<String> numbers = new ArrayList<>();
		for (Api.Response closing : closings) {
			JsonNode agenda = closing.json().get("agenda");
			String first = agenda.get(0).get("deliberationNumber").asText();
			String second = agenda.get(1).get("deliberationNumber").asText();
			assertThat(number(second)).as("a session's deliberations follow each other").isEqualTo(number(first) + 1);
			numbers.add(first);
			numbers.add(second);
		}
		assertThat(numbers).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, sessions * 2)
				.mapToObj(n -> "B%d-%04d".formatted(year, n))
				.toList());
		assertThat(steps.envelope(LOCATION, year).get("engaged").decimalValue()).isEqualByComparingTo("8000.00");
	}

	@Test
	void theQuorumIsCountedWithoutTheMembersWhoDeclaredAnInterest() {
		int year = TestYears.unusedFor(LOCATION);
		openEnvelope(LOCATION, year, "10000.00");
		String dossier = steps.awaitingCommittee(steps.newApplicant().username(), DossierSteps.projectData(LOCATION),
				new BigDecimal("1000.00"));
		String other = steps.awaitingCommittee(steps.newApplicant().username(), DossierSteps.projectData(LOCATION),
				new BigDecimal("1000.00"));
		String id = api.as("committee")
			.post("/api/committee-sessions",
					Map.of("date", LocalDate.of(year, 5, 5), "title", "Séance", "members", MEMBERS))
			.expect(201)
			.get("id")
			.asText();
		steps.putOnAgenda(id, dossier, other);
		JsonNode held = hold(id, 2);
		assertThat(held.get("quorumReached").asBoolean()).as("2 present of 3").isTrue();
		api.as("committee")
			.post("/api/committee-sessions/" + id + "/conflicts",
					Map.of("memberId", held.get("members").get(0).get("id").asText(), "dossierId", dossier))
			.expect(200);

		JsonNode refused = decide(id, dossier, "GRANTED", "1000.00", null, null).expect(409);

		assertThat(refused.get("detail").asText()).contains("quorum n'est pas atteint pour ce dossier", "1 membre(s) sur 3");
		decide(id, other, "GRANTED", "1000.00", null, null).expect(200);
		decide(id, dossier, "DEFERRED", null, null, null).expect(409);

		String empty = api.as("committee")
			.post("/api/committee-sessions",
					Map.of("date", LocalDate.of(year, 5, 6), "title", "Séance sans quorum", "members", MEMBERS))
			.expect(201)
			.get("id")
			.asText();
		assertThat(hold(empty, 1).get("quorumReached").asBoolean()).isFalse();
	}

	@Test
	void theAgendaFillsWithTheReviewedDossiersThatAreOnNoAgendaYet() {
		String waiting = steps.awaitingCommittee(steps.newApplicant().username(), DossierSteps.projectData(LOCATION),
				new BigDecimal("1000.00"));
		String elsewhere = steps.awaitingCommittee(steps.newApplicant().username(), DossierSteps.projectData(LOCATION),
				new BigDecimal("1000.00"));
		steps.putOnAgenda(steps.session("Séance déjà préparée"), elsewhere);
		String session = steps.session("Séance à remplir");

		JsonNode filled = api.as("committee").post("/api/committee-sessions/" + session + "/agenda/fill").expect(200);

		List<String> onAgenda = new ArrayList<>();
		filled.get("agenda").forEach(item -> onAgenda.add(item.get("dossierId").asText()));
		assertThat(onAgenda).contains(waiting).doesNotContain(elsewhere).doesNotHaveDuplicates();
		assertThat(filled.get("agenda")).allSatisfy(
				item -> assertThat(item.get("dossierStatus").asText()).isEqualTo("AWAITING_COMMITTEE"));
		api.as("officer").post("/api/committee-sessions/" + session + "/agenda/fill").expect(403);
	}

	@Test
	void aGrantAboveTheAgreementThresholdIsNotPaidBeforeItsAgreementIsSigned() {
		int year = TestYears.unused();
		openEnvelope(IMMOBILIER, year, "100000.00");
		openEnvelope(LOCATION, year, "100000.00");
		String applicant = steps.newApplicant().username();
		String dossier = grantedOn(year, applicant, IMMOBILIER, "24000.00");
		String invoices = steps.uploadProof(applicant, dossier, "PAID_INVOICES");

		JsonNode agreement = api.as(applicant).get("/api/dossiers/" + dossier + "/grant-agreement").expect(200);
		assertThat(agreement.get("status").asText()).isEqualTo("AWAITING_SIGNATURES");
		assertThat(agreement.get("annualAmount").decimalValue()).isEqualByComparingTo("24000.00");
		assertThat(awaitLetter(dossier, "GRANT_AGREEMENT").get("id").asText())
			.isEqualTo(agreement.get("letterId").asText());
		assertThat(payment(applicant, dossier, invoices).expect(409).get("detail").asText())
			.contains("convention d'attribution n'est pas encore signée");
		api.as(applicant)
			.post("/api/dossiers/" + dossier + "/grant-agreement/signature", Map.of("documentId", invoices))
			.expect(400);
		api.as("officer")
			.post("/api/dossiers/" + dossier + "/grant-agreement/countersignature",
					Map.of("signedOn", DossierSteps.today()))
			.expect(409);
		String signedCopy = steps.upload(applicant, dossier, "SIGNED_GRANT_AGREEMENT").get("id").asText();
		api.as(applicant)
			.post("/api/dossiers/" + dossier + "/grant-agreement/signature", Map.of("documentId", signedCopy))
			.expect(200);
		payment(applicant, dossier, invoices).expect(409);
		api.as("officer")
			.post("/api/dossiers/" + dossier + "/grant-agreement/countersignature",
					Map.of("signedOn", DossierSteps.today().plusDays(1)))
			.expect(400);
		api.as(applicant)
			.post("/api/dossiers/" + dossier + "/grant-agreement/countersignature", Map.of("signedOn", DossierSteps.today()))
			.expect(403);
		JsonNode signed = api.as("officer")
			.post("/api/dossiers/" + dossier + "/grant-agreement/countersignature",
					Map.of("signedOn", DossierSteps.today()))
			.expect(200);

		assertThat(signed.get("status").asText()).isEqualTo("SIGNED");
		payment(applicant, dossier, invoices).expect(201);
		List<String> timeline = new ArrayList<>();
		steps.dossier(applicant, dossier).get("timeline").forEach(entry -> timeline.add(entry.get("action").asText()));
		assertThat(timeline).containsSubsequence("GRANTED", "AGREEMENT_ISSUED", "AGREEMENT_SIGNED_BY_BENEFICIARY",
				"AGREEMENT_COUNTERSIGNED", "PAYMENT_REQUESTED");
		Map<String, String> published = openDataRow(year, "24000.00");
		assertThat(published.get("dateConvention")).isEqualTo(DossierSteps.today().toString());
		assertThat(published.get("referenceDecision")).startsWith("B" + year + "-");

		String small = grantedOn(year, steps.newApplicant().username(), LOCATION, "15000.00");
		api.as("officer").get("/api/dossiers/" + small + "/grant-agreement").expect(404);
	}

	private String grantedOn(int year, String applicant, String scheme, String amount) {
		Map<String, Object> data = DossierSteps.projectData(scheme);
		String dossier = steps.awaitingCommittee(applicant, data, new BigDecimal(amount));
		String session = steps.sessionOn(LocalDate.of(year, 9, 15), "Séance de septembre");
		steps.putOnAgenda(session, dossier);
		steps.decideAndClose(session, dossier, "GRANTED", new BigDecimal(amount), null).expect(200);
		return dossier;
	}

	private Api.Response payment(String applicant, String dossier, String invoices) {
		return steps.requestPayment(applicant, dossier, "INTERIM", new BigDecimal("1000.00"),
				new BigDecimal("100000.00"), List.of(invoices));
	}

	private Map<String, String> openDataRow(int year, String amount) {
		String csv = api.as("finance").get("/api/finance/open-data/subventions.csv?year=" + year).text();
		String[] lines = csv.split("\r\n");
		String[] header = lines[0].split(",");
		for (int i = 1; i < lines.length; i++) {
			String[] cells = lines[i].split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
			Map<String, String> row = new HashMap<>();
			for (int c = 0; c < header.length; c++) {
				row.put(header[c], c < cells.length ? cells[c] : "");
			}
			if (amount.equals(row.get("montant"))) {
				return row;
			}
		}
		throw new AssertionError("No subsidy of " + amount + " in " + csv);
	}

	private JsonNode hold(String session, int present) {
		JsonNode members = api.as("committee").get("/api/committee-sessions/" + session).expect(200).get("members");
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < present; i++) {
			ids.add(members.get(i).get("id").asText());
		}
		return api.as("committee")
			.post("/api/committee-sessions/" + session + "/hold", Map.of("presentMemberIds", ids))
			.expect(200);
	}

	private Api.Response decide(String session, String dossier, String outcome, String amount, String reasons,
			String correctionReason) {
		Map<String, Object> decision = new HashMap<>();
		decision.put("dossierId", dossier);
		decision.put("outcome", outcome);
		decision.put("amount", amount == null ? null : new BigDecimal(amount));
		decision.put("reasons", reasons);
		decision.put("correctionReason", correctionReason);
		return api.as("committee").post("/api/committee-sessions/" + session + "/decisions", decision);
	}

	private static JsonNode envelopeCheck(JsonNode session) {
		assertThat(session.get("envelopeCheck")).hasSize(1);
		return session.get("envelopeCheck").get(0);
	}

	/** The decision letters: every dossier has its acknowledgement of receipt since its submission. */
	private List<JsonNode> letters(String dossier) {
		return DossierSteps.lettersAfterReceipt(steps.dossier("officer", dossier));
	}

	private JsonNode awaitLetter(String dossier, String kind) {
		return Awaitility.await(kind + " letter")
			.atMost(java.time.Duration.ofSeconds(30))
			.until(() -> letter(steps.dossier("officer", dossier), kind), found -> found != null);
	}

	private static JsonNode letter(JsonNode dossier, String kind) {
		for (JsonNode letter : dossier.get("letters")) {
			if (letter.get("kind").asText().equals(kind)) {
				return letter;
			}
		}
		return null;
	}

	private void openEnvelope(String scheme, int year, String allocated) {
		api.as("finance")
			.post("/api/envelopes", Map.of("scheme", scheme, "year", year, "allocated", new BigDecimal(allocated)))
			.expect(201);
	}

	private static int number(String deliberation) {
		return Integer.parseInt(deliberation.substring(deliberation.indexOf('-') + 1));
	}

}
