package fr.metropolerouen.guichetess.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.support.DossierSteps;
import fr.metropolerouen.guichetess.support.TestFiles;

/** The steps of a dossier through the API, as the benchmark's clients take them (HTTP Basic on every request). */
final class ApiSteps {

	/** Far above the organisations of the demo and of any generator: sign-ups of the benchmark never collide. */
	private static final AtomicInteger ORGANISATIONS = new AtomicInteger(900_000);

	private static final long PATIENCE_MILLIS = 120_000;

	private final BenchClient api;

	private final Map<String, List<String>> requiredDocuments = new HashMap<>();

	private volatile String lastSubmitted;

	ApiSteps(BenchClient api) {
		this.api = api;
		for (JsonNode scheme : api.get(null, "/api/schemes").expect(200)) {
			List<String> types = new ArrayList<>();
			scheme.get("requiredDocuments").forEach(document -> types.add(document.get("code").asText()));
			requiredDocuments.put(scheme.get("code").asText(), types);
		}
	}

	/** The dossier submitted last, or null. */
	String lastSubmitted() {
		return lastSubmitted;
	}

	String newApplicant() {
		int number = ORGANISATIONS.incrementAndGet();
		String username = "banc-essai-%06d".formatted(number);
		api.post(null, "/api/accounts", Map.of("username", username, "password",
				fr.metropolerouen.guichetess.support.Api.passwordOf(username), "email",
				username + "@guichet-ess.example", "organisation",
				Map.of("siret", DossierSteps.siret(number), "name", "Structure du banc d'essai n° " + number,
						"legalFormCode", "9220", "communeInseeCode", "76540", "address",
						(number % 200 + 1) + " rue des Essais, 76000 Rouen", "employees", 5)))
			.expect(201);
		return username;
	}

	/** Creates a dossier, uploads its required documents and submits it; returns its id. */
	String submitted(String applicant, String scheme) {
		String id = api.post(applicant, "/api/dossiers", projectData(scheme)).expect(201).get("id").asText();
		for (String type : requiredDocuments.get(scheme)) {
			upload(applicant, id, type);
		}
		api.post(applicant, "/api/dossiers/" + id + "/submit", null).expect(200);
		lastSubmitted = id;
		return id;
	}

	JsonNode upload(String applicant, String dossier, String type) {
		return api.upload(applicant, "/api/dossiers/" + dossier + "/documents", type, type.toLowerCase() + ".pdf",
				TestFiles.pdf()).expect(201);
	}

	private static Map<String, Object> projectData(String scheme) {
		return DossierSteps.projectData(scheme);
	}

	/** Submitted, declared complete, eligible and reviewed: the dossier waits for the committee. */
	String awaitingCommittee(String applicant, String scheme, BigDecimal proposedAmount) {
		String id = submitted(applicant, scheme);
		awaitTask("officer", id, "COMPLETENESS_CHECK");
		api.post("officer", "/api/dossiers/" + id + "/completeness", Map.of("complete", true)).expect(200);
		awaitTask("officer", id, "REVIEW");
		api.post("officer", "/api/dossiers/" + id + "/review",
				Map.of("proposedAmount", proposedAmount, "opinion", "Projet solide, ancrage local avéré."))
			.expect(200);
		return id;
	}

	/** Polls the officer's tasks of the dossier, briefly: a long poll interval would cap the cases per second. */
	void awaitTask(String user, String dossier, String kind) {
		long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
		while (true) {
			for (JsonNode task : api.get(user, "/api/tasks?dossierId=" + dossier).expect(200)) {
				if (task.get("kind").asText().equals(kind)) {
					return;
				}
			}
			if (System.currentTimeMillis() > deadline) {
				throw new IllegalStateException("No " + kind + " task on dossier " + dossier);
			}
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
	}

	String session(LocalDate date, String title) {
		return api.post("committee", "/api/committee-sessions", Map.of("date", date, "title", title))
			.expect(201)
			.get("id")
			.asText();
	}

	/** A past budget year with no envelope of the scheme yet: decisions need a session in the past. */
	int freeYear(String scheme, int yearsBack) {
		int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear() - yearsBack;
		while (envelopeExists(scheme, year)) {
			year--;
		}
		return year;
	}

	private boolean envelopeExists(String scheme, int year) {
		for (JsonNode envelope : api.get("finance", "/api/envelopes?year=" + year).expect(200)) {
			if (envelope.get("scheme").asText().equals(scheme)) {
				return true;
			}
		}
		return false;
	}

}
