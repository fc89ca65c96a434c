package fr.metropolerouen.guichetess.audit;

import java.time.Instant;

/**
 * One state change as the audit trail keeps it: who (user name and role), when, what (an action on a subject, e.g.
 * {@code DOSSIER} and its id) and the state before and after as short texts (a status, an amount), each null when
 * it does not apply. {@code details} may hold personal data: the retention purge may erase it later, while its
 * digest stays in the chain.
 */
public record AuditRecord(Instant occurredAt, String actor, String actorRole, String subjectType, String subjectId,
		String action, String before, String after, String details) {
}
