package fr.metropolerouen.guichetess.workflow;

import java.time.Instant;
import java.util.UUID;

/**
 * An open incident of one of a dossier's processes, for administrators: the automatic step that failed after its
 * retries were exhausted, the first line of the failure (no stack trace) and when it became an incident.
 * {@code jobId} is the job a retry runs again.
 */
public record ProcessIncident(String id, UUID dossierId, String reference, String processName, String activityId,
		String activityName, String message, Instant occurredAt, String jobId) {
}
