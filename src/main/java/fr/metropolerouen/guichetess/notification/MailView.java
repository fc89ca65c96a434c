package fr.metropolerouen.guichetess.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * A mail of the outbox and where its delivery stands: {@code nextAttemptAt} while it waits, {@code lastError} of the
 * last failed attempt, {@code attachmentLetterId} when it carries a letter.
 */
public record MailView(UUID id, UUID dossierId, String recipient, String subject, MailStatus status,
		String statusLabel, int attempts, String lastError, Instant createdAt, Instant nextAttemptAt, Instant sentAt,
		UUID attachmentLetterId) {
}
