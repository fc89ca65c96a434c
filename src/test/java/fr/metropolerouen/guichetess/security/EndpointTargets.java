package fr.metropolerouen.guichetess.security;

import java.util.List;

/**
 * Who calls each write endpoint in the fuzzing, and on which existing record ({@link FuzzTargets}), so that the
 * request passes authorisation and its body is read by the code that would act on it. An endpoint missing here is
 * still fuzzed: as the first role that is not refused access, on ids that match nothing.
 */
final class EndpointTargets {

	/** A rule: endpoints whose pattern starts with the prefix, the role that calls them, the targets of their ids. */
	record Rule(String prefix, String role, List<String> targets) {
	}

	private static final List<Rule> RULES = List.of(
			// one's own password: the current one is never guessed by a random body, so nothing changes
			new Rule("/api/accounts/me/password", "applicant:draft", List.of()),
			new Rule("/api/accounts", "anonymous", List.of()),
			new Rule("/api/simulations", "anonymous", List.of()),
			new Rule("/api/admin/", "admin", List.of("unknown", "unknown")),
			new Rule("/api/mails/", "admin", List.of("unknown")),
			new Rule("/api/dossiers/{id}/completeness", "officer", List.of("submitted")),
			new Rule("/api/dossiers/{id}/eligibility-confirmation", "officer", List.of("submitted")),
			new Rule("/api/dossiers/{id}/review", "officer", List.of("submitted")),
			new Rule("/api/dossiers/{dossierId}/messages", "applicant:submitted", List.of("submitted")),
			new Rule("/api/dossiers/{dossierId}/documents", "applicant:draft", List.of("draft")),
			new Rule("/api/dossiers/{dossierId}/payment-requests", "applicant:granted", List.of("granted")),
			new Rule("/api/dossiers/{dossierId}/grant-agreement/signature", "applicant:granted", List.of("granted")),
			new Rule("/api/dossiers/{dossierId}/grant-agreement/countersignature", "officer", List.of("granted")),
			new Rule("/api/dossiers/{dossierId}/deadlines/", "officer", List.of("granted", "COMPLETION")),
			new Rule("/api/dossiers/{dossierId}/withdrawal-procedures", "officer", List.of("granted")),
			new Rule("/api/dossiers", "applicant:draft", List.of("draft")),
			new Rule("/api/committee-sessions", "committee", List.of("session")),
			new Rule("/api/envelopes", "finance", List.of("envelope")),
			new Rule("/api/payment-requests/{id}/liquidation", "officer", List.of("paymentRequest")),
			new Rule("/api/payment-requests/{id}/reject", "officer", List.of("paymentRequest")),
			new Rule("/api/payment-requests/", "finance", List.of("paymentRequest")),
			new Rule("/api/finance/", "finance", List.of("granted")),
			new Rule("/api/withdrawal-procedures/{id}/observations", "applicant:granted", List.of("procedure")),
			new Rule("/api/withdrawal-procedures/", "officer", List.of("procedure")));

	private EndpointTargets() {
	}

	/** The first rule whose prefix starts the endpoint's pattern, if any. */
	static Rule of(WriteEndpoint endpoint) {
		return RULES.stream().filter(rule -> endpoint.pattern().startsWith(rule.prefix())).findFirst().orElse(null);
	}

}
