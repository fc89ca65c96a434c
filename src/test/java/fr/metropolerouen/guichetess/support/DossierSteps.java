package fr.metropolerouen.guichetess.support;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The steps of a dossier's life, through the HTTP API only, as users take them. Asynchronous steps of the engine
 * (eligibility, letters) are awaited by polling the API; nothing sleeps.
 */
public final class DossierSteps {

	public static final String IMMOBILIER = "IMMOBILIER_ESS";

	public static final String LOCATION = "LOCATION_ESS";

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final AtomicInteger ORGANISATIONS = new AtomicInteger();

	private static final Map<String, String> APPLICANTS = new ConcurrentHashMap<>();

	private final Api api;

	public DossierSteps(Api api) {
		this.api = api;
	}

	public Api api() {
		return api;
	}

	/** Today as the application sees it: on the engine clock, which tests may move. */
	public static LocalDate today() {
		return LocalDate.ofInstant(ClockUtil.now().toInstant(), ZoneId.of("Europe/Paris"));
	}

	/** Valid, eligible project data: the suggested amount is 45 000 € (Immobilier) or 15 000 € (Location). */
	public static Map<String, Object> projectData(String scheme) {
		Map<String, Object> data = new HashMap<>();
		data.put("scheme", scheme);
		data.put("marketActivity", true);
		data.put("operatingRevenue", new BigDecimal("180000.00"));
		data.put("operatingExpenses", new BigDecimal("200000.00"));
		// the headcount the organisations of newApplicant() declare at sign-up (employees)
		data.put("headcount", 5);
		data.put("jobsCreated", 2);
		data.put("jobsKept", 3);
		if (IMMOBILIER.equals(scheme)) {
			data.put("projectTitle", "Achat et rénovation d'un atelier de réemploi");
			data.put("communeInseeCode", "76540");
			data.put("requestedAmount", new BigDecimal("60000.00"));
			data.put("operationType", "RENOVATION");
			data.put("eligibleExpenses", new BigDecimal("450000.00"));
			data.put("worksStartDate", today().plusMonths(2));
			data.put("deMinimisAids", List.of(Map.of("grantor", "Région Normandie", "grantedOn",
					today().minusYears(1), "amount", new BigDecimal("20000.00"))));
			data.put("ownFunds", new BigDecimal("150000.00"));
		}
		else {
			data.put("projectTitle", "Location de bureaux pour l'équipe d'accompagnement");
			data.put("communeInseeCode", "76231");
			data.put("requestedAmount", new BigDecimal("20000.00"));
			data.put("monthlyRent", new BigDecimal("1250.00"));
			data.put("surfaceM2", new BigDecimal("95.50"));
			data.put("leaseStartDate", today().plusMonths(1));
			data.put("leaseDurationMonths", 36);
			data.put("leaseType", "COMMERCIAL_OFFICE_LEASE");
			data.put("leaseSignedOn", today().plusDays(15));
		}
		return data;
	}

	/**
	 * A new organisation with its applicant account (an association with employees, in Rouen). Location allows one
	 * application per organisation every three years: each Location dossier of the tests has its own organisation.
	 */
	public Applicant newApplicant() {
		return newApplicant("9220", "76540", 5, false);
	}

	/** A new organisation of that legal form (INSEE code), seat and number of employees, with its applicant account. */
	public Applicant newApplicant(String legalFormCode, String communeInseeCode, int employees, boolean esusApproved) {
		int number = ORGANISATIONS.incrementAndGet();
		String username = "structure-essai-%04d".formatted(number);
		String name = "Structure d'essai n° " + number;
		String siret = siret(number);
		api.anonymous()
			.post("/api/accounts", Map.of("username", username, "password", Api.passwordOf(username), "email",
					username + "@guichet-ess.example", "organisation", Map.of("siret", siret, "name", name,
							"legalFormCode", legalFormCode, "communeInseeCode", communeInseeCode, "address",
							number + " rue des Essais, 76000 Rouen", "employees", employees, "esusApproved",
							esusApproved)))
			.expect(201);
		return new Applicant(username, username + "@guichet-ess.example", name);
	}

	/** An applicant account, its mail address and its organisation's name. */
	public record Applicant(String username, String email, String organisationName) {

		public static final Applicant A = new Applicant("applicant-a", "applicant-a@guichet-ess.example",
				"Association Les Ateliers Solidaires");

		public static final Applicant B = new Applicant("applicant-b", "applicant-b@guichet-ess.example",
				"SCOP Bois et Compagnie");

	}

	/** A valid SIRET made from a number, different for each number below a million. */
	public static String siret(int number) {
		return withLuhnKey(withLuhnKey("77%06d".formatted(number)) + "0001");
	}

	/** The digits followed by the one key that makes them pass the Luhn check (SIREN, SIRET). */
	public static String withLuhnKey(String digits) {
		for (int key = 0; key <= 9; key++) {
			String candidate = digits + key;
			int sum = 0;
			for (int i = 0; i < candidate.length(); i++) {
				int digit = candidate.charAt(candidate.length() - 1 - i) - '0';
				if (i % 2 == 1) {
					digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
				}
				sum += digit;
			}
			if (sum % 10 == 0) {
				return candidate;
			}
		}
		throw new IllegalStateException("No Luhn key for " + digits);
	}

	public String createDraft(String applicant, Map<String, Object> data) {
		String id = api.as(applicant).post("/api/dossiers", data).expect(201).get("id").asText();
		APPLICANTS.put(id, applicant);
		return id;
	}

	/** The applicant who created a dossier through these steps. */
	public String applicantOf(String dossierId) {
		return APPLICANTS.get(dossierId);
	}

	public List<String> requiredDocumentTypes(String scheme) {
		JsonNode schemes = api.anonymous().get("/api/schemes").expect(200);
		List<String> types = new ArrayList<>();
		for (JsonNode s : schemes) {
			if (s.get("code").asText().equals(scheme)) {
				s.get("requiredDocuments").forEach(document -> types.add(document.get("code").asText()));
			}
		}
		return types;
	}

	public JsonNode upload(String applicant, String dossierId, String type) {
		return api.as(applicant)
			.upload("/api/dossiers/" + dossierId + "/documents", type, type.toLowerCase() + ".pdf", TestFiles.pdf())
			.expect(201);
	}

	public void uploadRequiredDocuments(String applicant, String dossierId, String scheme) {
		requiredDocumentTypes(scheme).forEach(type -> upload(applicant, dossierId, type));
	}

	public JsonNode submit(String applicant, String dossierId) {
		return api.as(applicant).post("/api/dossiers/" + dossierId + "/submit").expect(200);
	}

	/** A draft with its documents, submitted: the dossier waits for the officer's completeness check. */
	public JsonNode submitted(String applicant, Map<String, Object> data) {
		String id = createDraft(applicant, data);
		uploadRequiredDocuments(applicant, id, (String) data.get("scheme"));
		return submit(applicant, id);
	}

	public JsonNode dossier(String user, String dossierId) {
		return api.as(user).get("/api/dossiers/" + dossierId).expect(200);
	}

	public JsonNode awaitDossier(String user, String dossierId, String description, Predicate<JsonNode> condition) {
		return Awaitility.await(description)
			.atMost(PATIENCE)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> dossier(user, dossierId), condition);
	}

	/** Waits until the user has an open task of this kind on the dossier, and returns it. */
	public JsonNode awaitTask(String user, String dossierId, String kind) {
		return Awaitility.await(kind + " task of " + user)
			.atMost(PATIENCE)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> task(user, dossierId, kind), task -> task != null);
	}

	/** Waits until the dossier has a letter of this kind, and returns the first one. */
	public JsonNode awaitLetter(String user, String dossierId, String kind) {
		return letters(awaitDossier(user, dossierId, kind + " letter", d -> !letters(d, kind).isEmpty()), kind).get(0);
	}

	/** The dossier's letters of one kind, in the order they were issued. */
	public static List<JsonNode> letters(JsonNode dossier, String kind) {
		return letters(dossier, kind::equals);
	}

	/** The dossier's letters but its acknowledgement of receipt, which every submitted dossier has. */
	public static List<JsonNode> lettersAfterReceipt(JsonNode dossier) {
		return letters(dossier, kind -> !kind.equals("ACKNOWLEDGEMENT_OF_RECEIPT"));
	}

	private static List<JsonNode> letters(JsonNode dossier, Predicate<String> kind) {
		List<JsonNode> found = new ArrayList<>();
		dossier.get("letters").forEach(letter -> {
			if (kind.test(letter.get("kind").asText())) {
				found.add(letter);
			}
		});
		return found;
	}

	public JsonNode task(String user, String dossierId, String kind) {
		for (JsonNode task : api.as(user).get("/api/tasks?dossierId=" + dossierId).expect(200)) {
			if (task.get("kind").asText().equals(kind)) {
				return task;
			}
		}
		return null;
	}

	public JsonNode declareComplete(String dossierId) {
		awaitTask("officer", dossierId, "COMPLETENESS_CHECK");
		return api.as("officer")
			.post("/api/dossiers/" + dossierId + "/completeness", Map.of("complete", true))
			.expect(200);
	}

	public JsonNode requestDocuments(String dossierId, List<String> types, String message) {
		awaitTask("officer", dossierId, "COMPLETENESS_CHECK");
		return api.as("officer")
			.post("/api/dossiers/" + dossierId + "/completeness",
					Map.of("complete", false, "missingDocuments", types, "message", message))
			.expect(200);
	}

	public JsonNode review(String dossierId, BigDecimal proposedAmount) {
		awaitTask("officer", dossierId, "REVIEW");
		return api.as("officer")
			.post("/api/dossiers/" + dossierId + "/review",
					Map.of("proposedAmount", proposedAmount, "opinion", "Projet solide, ancrage local avéré."))
			.expect(200);
	}

	/** Submitted, complete, eligible and reviewed: the dossier waits for the committee. */
	public String awaitingCommittee(String applicant, Map<String, Object> data, BigDecimal proposedAmount) {
		String id = submitted(applicant, data).get("id").asText();
		declareComplete(id);
		review(id, proposedAmount);
		return id;
	}

	/**
	 * Dossiers waiting for the committee, each of a new organisation, prepared four at a time: a concurrency test
	 * needs many of them, and preparing them one after the other would take most of its time.
	 */
	public List<String> awaitingCommittee(int count, String scheme, Function<Integer, BigDecimal> proposedAmount) {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> ids = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int index = i;
				ids.add(pool.submit(() -> awaitingCommittee(newApplicant().username(), projectData(scheme),
						proposedAmount.apply(index))));
			}
			List<String> prepared = new ArrayList<>();
			for (Future<String> id : ids) {
				prepared.add(id.get());
			}
			return prepared;
		}
		catch (InterruptedException | ExecutionException e) {
			throw new IllegalStateException("Could not prepare the dossiers", e);
		}
		finally {
			pool.shutdown();
		}
	}

	/** A committee session on that date. */
	public String sessionOn(LocalDate date, String title) {
		return api.as("committee")
			.post("/api/committee-sessions", Map.of("date", date, "title", title))
			.expect(201)
			.get("id")
			.asText();
	}

	public String session(String title) {
		return api.as("committee")
			.post("/api/committee-sessions", Map.of("date", today(), "title", title))
			.expect(201)
			.get("id")
			.asText();
	}

	public JsonNode putOnAgenda(String sessionId, String... dossierIds) {
		return api.as("committee")
			.post("/api/committee-sessions/" + sessionId + "/agenda", Map.of("dossierIds", List.of(dossierIds)))
			.expect(200);
	}

	public Api.Response decide(String sessionId, String dossierId, String outcome, BigDecimal amount,
			String reasons) {
		Map<String, Object> decision = new HashMap<>();
		decision.put("dossierId", dossierId);
		decision.put("outcome", outcome);
		decision.put("amount", amount);
		decision.put("reasons", reasons);
		return api.as("committee").post("/api/committee-sessions/" + sessionId + "/decisions", decision);
	}

	/** Closes a session: its decisions take effect, its minutes are written, its letters go out. */
	public Api.Response close(String sessionId) {
		return api.as("committee").post("/api/committee-sessions/" + sessionId + "/close");
	}

	/** Records one decision on a session and closes it: the decision takes effect. */
	public Api.Response decideAndClose(String sessionId, String dossierId, String outcome, BigDecimal amount,
			String reasons) {
		Api.Response decided = decide(sessionId, dossierId, outcome, amount, reasons);
		return decided.status() == 200 ? close(sessionId) : decided;
	}

	/** A dossier granted the amount by a new session of today, closed. */
	public String granted(String applicant, Map<String, Object> data, BigDecimal amount) {
		String id = awaitingCommittee(applicant, data, amount);
		String session = session("Bureau métropolitain");
		putOnAgenda(session, id);
		decideAndClose(session, id, "GRANTED", amount, null).expect(200);
		return id;
	}

	/**
	 * The beneficiary uploads its signed grant agreement and hands it in, then the officer countersigns it today:
	 * payments may then be requested.
	 */
	public JsonNode signAgreement(String applicant, String dossierId) {
		String signedCopy = upload(applicant, dossierId, "SIGNED_GRANT_AGREEMENT").get("id").asText();
		api.as(applicant)
			.post("/api/dossiers/" + dossierId + "/grant-agreement/signature", Map.of("documentId", signedCopy))
			.expect(200);
		return api.as("officer")
			.post("/api/dossiers/" + dossierId + "/grant-agreement/countersignature", Map.of("signedOn", today()))
			.expect(200);
	}

	public JsonNode envelope(String scheme, int year) {
		for (JsonNode envelope : api.as("finance").get("/api/envelopes?year=" + year).expect(200)) {
			if (envelope.get("scheme").asText().equals(scheme)) {
				return envelope;
			}
		}
		throw new AssertionError("No " + scheme + " envelope for " + year);
	}

	public String uploadProof(String applicant, String dossierId, String type) {
		return upload(applicant, dossierId, type).get("id").asText();
	}

	public Api.Response requestPayment(String applicant, String dossierId, String kind, BigDecimal amount,
			BigDecimal justifiedExpenses, List<String> proofs) {
		Map<String, Object> request = new HashMap<>();
		request.put("kind", kind);
		request.put("amount", amount);
		request.put("justifiedExpenses", justifiedExpenses);
		request.put("proofDocumentIds", proofs);
		return api.as(applicant).post("/api/dossiers/" + dossierId + "/payment-requests", request);
	}

	/** The officer certifies the service done on the claim's own figures (the amount due is computed). */
	public JsonNode liquidate(String paymentRequestId) {
		return liquidate(paymentRequestId, Map.of()).expect(200);
	}

	public Api.Response liquidate(String paymentRequestId, Map<String, Object> liquidation) {
		return api.as("officer").post("/api/payment-requests/" + paymentRequestId + "/liquidation", liquidation);
	}

	public JsonNode order(String paymentRequestId) {
		return api.as("finance").post("/api/payment-requests/" + paymentRequestId + "/payment-order", Map.of()).expect(200);
	}

	public Api.Response recordPayment(String paymentRequestId, String paymentReference) {
		return api.as("finance").post("/api/payment-requests/" + paymentRequestId + "/payment",
				Map.of("paidOn", today().toString(), "paymentReference", paymentReference));
	}

	/** Liquidation, payment order and payment, each by its role; returns the request as paid. */
	public JsonNode payThroughTheChain(String paymentRequestId) {
		liquidate(paymentRequestId);
		order(paymentRequestId);
		return recordPayment(paymentRequestId, "VIR-" + paymentRequestId.substring(0, 8)).expect(200);
	}

	public Api.Response approve(String paymentRequestId, BigDecimal amount) {
		return api.as("finance").post("/api/payment-requests/" + paymentRequestId + "/approve", Map.of("amount", amount));
	}

}
