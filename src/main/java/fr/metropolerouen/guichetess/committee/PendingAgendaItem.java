package fr.metropolerouen.guichetess.committee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A dossier on the agenda of a session not closed yet, that may still be granted.
 *
 * @param grantedAmount the amount of the grant recorded in the session, not yet in effect; null while undecided
 */
public record PendingAgendaItem(UUID dossierId, UUID sessionId, LocalDate sessionDate, int position,
		BigDecimal grantedAmount) {
}
