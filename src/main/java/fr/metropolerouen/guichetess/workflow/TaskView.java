package fr.metropolerouen.guichetess.workflow;

import java.time.Instant;
import java.util.UUID;

/** An open task: what to do, on which dossier (and payment request, or withdrawal procedure), since when. */
public record TaskView(String id, UUID dossierId, String reference, TaskKind kind, String name, Instant createdAt,
		UUID paymentRequestId, UUID withdrawalProcedureId) {
}
