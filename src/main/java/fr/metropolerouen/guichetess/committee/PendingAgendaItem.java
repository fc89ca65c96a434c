package fr.metropolerouen.guichetess.committee;

import java.time.LocalDate;
import java.util.UUID;

/** A dossier on a session's agenda, still waiting for its decision. */
public record PendingAgendaItem(UUID dossierId, UUID sessionId, LocalDate sessionDate, int position) {
}
