package fr.metropolerouen.guichetess.audit;

import java.time.Instant;

/** An entry of the audit chain as the API shows it. {@code details} is null once purged; its digest stays. */
record AuditEntryView(long position, Instant occurredAt, String actor, String actorRole, String subjectType,
		String subjectId, String action, String before, String after, String details, String detailsDigest,
		String previousHash, String hash) {

	static AuditEntryView of(ChainedEntry entry) {
		return new AuditEntryView(entry.position(), entry.occurredAt(), entry.actor(), entry.actorRole(),
				entry.subjectType(), entry.subjectId(), entry.action(), entry.before(), entry.after(), entry.details(),
				entry.detailsDigest(), entry.previousHash(), entry.hash());
	}

}
