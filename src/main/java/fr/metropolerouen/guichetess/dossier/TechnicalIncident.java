package fr.metropolerouen.guichetess.dossier;

import java.time.Instant;

/**
 * An automatic step of a dossier's processes that failed for good (an incident): it waits for an administrator to
 * run it again. The officer sees that the dossier is blocked, at which step and since when; not the technical cause.
 */
public record TechnicalIncident(String id, String stepName, Instant occurredAt) {
}
