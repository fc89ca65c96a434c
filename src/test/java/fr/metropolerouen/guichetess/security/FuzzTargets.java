package fr.metropolerouen.guichetess.security;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.metropolerouen.guichetess.support.DossierSteps;

import static fr.metropolerouen.guichetess.support.DossierSteps.LOCATION;

/**
 * Existing records of every kind a write endpoint acts on, made once through the API for the bad-input tests, so that
 * their requests pass authorisation and reach the code that reads the body: a draft, a submitted dossier, a granted
 * dossier with a payment request and an open withdrawal procedure, an open committee session and this year's Location
 * envelope. The grant is small (1 000 €): the current year's Location envelope is shared by every test.
 * <p>
 * Their ids fill the placeholders of paths, bodies and roles: {@code {draft}}, {@code applicant:draft} (its owner),
 * {@code {unknown}} (a random id that matches nothing)…
 */
final class FuzzTargets {

	private static FuzzTargets prepared;

	private final Map<String, String> ids = new LinkedHashMap<>();

	private final Map<String, String> owners = new LinkedHashMap<>();

	private FuzzTargets() {
	}

	static synchronized FuzzTargets prepare(DossierSteps steps) {
		if (prepared == null) {
			prepared = create(steps);
		}
		return prepared;
	}

	private static FuzzTargets create(DossierSteps steps) {
		FuzzTargets targets = new FuzzTargets();
		String drafter = steps.newApplicant().username();
		targets.add("draft", steps.createDraft(drafter, DossierSteps.projectData(LOCATION)), drafter);
		String submitter = steps.newApplicant().username();
		targets.add("submitted", steps.submitted(submitter, DossierSteps.projectData(LOCATION)).get("id").asText(),
				submitter);
		String beneficiary = steps.newApplicant().username();
		String granted = steps.granted(beneficiary, DossierSteps.projectData(LOCATION), new BigDecimal("1000.00"));
		targets.add("granted", granted, beneficiary);
		String receipts = steps.uploadProof(beneficiary, granted, "RENT_RECEIPTS");
		targets.add("proof", receipts, beneficiary);
		targets.add("paymentRequest", steps
			.requestPayment(beneficiary, granted, "ANNUAL_INSTALMENT", new BigDecimal("500.00"),
					new BigDecimal("15000.00"), List.of(receipts))
			.expect(201)
			.get("id")
			.asText(), beneficiary);
		targets.add("procedure", steps.api()
			.as("officer")
			.post("/api/dossiers/" + granted + "/withdrawal-procedures",
					Map.of("trigger", "PREMISES_LEFT", "facts", "Les locaux aidés ont été quittés (essai de saisie)."))
			.expect(201)
			.get("id")
			.asText(), beneficiary);
		targets.add("session", steps.session("Séance des essais de saisie"), "committee");
		targets.add("envelope", steps.envelope(LOCATION, DossierSteps.today().getYear()).get("id").asText(), "finance");
		return targets;
	}

	private void add(String name, String id, String owner) {
		ids.put(name, id);
		owners.put(name, owner);
	}

	/** The id of a target by its name, a random id for {@code unknown}, a constant ({@code COMPLETION}) as it is. */
	String id(String name) {
		if (name.matches("[A-Z_]+")) {
			return name;
		}
		if (name.equals("unknown")) {
			return UUID.randomUUID().toString();
		}
		String id = ids.get(name);
		if (id == null) {
			throw new IllegalArgumentException("No target named " + name + "; known: " + ids.keySet());
		}
		return id;
	}

	/** Replaces every {@code {name}} of a target in the text by its id. */
	String fill(String text) {
		String filled = text;
		for (String name : ids.keySet()) {
			filled = filled.replace("{" + name + "}", ids.get(name));
		}
		while (filled.contains("{unknown}")) {
			filled = filled.replaceFirst("\\{unknown}", UUID.randomUUID().toString());
		}
		return filled;
	}

	/** A role as written in the corpus ({@code officer}, or {@code applicant:draft} for the owner of a target). */
	String user(String role) {
		return role.startsWith("applicant:") ? owners.get(role.substring("applicant:".length())) : role;
	}

}
