package fr.metropolerouen.guichetess.notification;

import java.time.Instant;
import java.util.UUID;

import fr.metropolerouen.guichetess.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A mail in the outbox. The deduplication key makes announcing the same thing twice queue one mail only. */
@Entity
@Table(name = "outbound_mail")
class OutboundMail {

	@Id
	private UUID id;

	@Column(name = "dedup_key", nullable = false, unique = true)
	private String dedupKey;

	@Column(name = "dossier_id")
	private UUID dossierId;

	@Column(nullable = false)
	private String recipient;

	@Column(nullable = false)
	private String subject;

	@Column(nullable = false)
	private String body;

	@Column(name = "attachment_letter_id")
	private UUID attachmentLetterId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MailStatus status;

	@Column(nullable = false)
	private int attempts;

	@Column(name = "last_error")
	private String lastError;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "next_attempt_at", nullable = false)
	private Instant nextAttemptAt;

	@Column(name = "sent_at")
	private Instant sentAt;

	protected OutboundMail() {
	}

	OutboundMail(String dedupKey, UUID dossierId, String recipient, String subject, String body,
			UUID attachmentLetterId, Instant now) {
		this.id = UUID.randomUUID();
		this.dedupKey = dedupKey;
		this.dossierId = dossierId;
		this.recipient = recipient;
		this.subject = subject;
		this.body = body;
		this.attachmentLetterId = attachmentLetterId;
		this.status = MailStatus.PENDING;
		this.createdAt = now;
		this.nextAttemptAt = now;
	}

	UUID id() {
		return id;
	}

	String recipient() {
		return recipient;
	}

	String subject() {
		return subject;
	}

	String body() {
		return body;
	}

	UUID attachmentLetterId() {
		return attachmentLetterId;
	}

	MailStatus status() {
		return status;
	}

	int attempts() {
		return attempts;
	}

	UUID dossierId() {
		return dossierId;
	}

	MailView view() {
		return new MailView(id, dossierId, recipient, subject, status, status.frenchLabel(), attempts, lastError,
				createdAt, status == MailStatus.PENDING ? nextAttemptAt : null, sentAt, attachmentLetterId);
	}

	/** An operator sends a mail given up after too many attempts again: it starts afresh. */
	void retry(Instant now) {
		if (status != MailStatus.FAILED) {
			throw new ConflictException("Seul un courriel en échec peut être renvoyé (statut actuel : « "
					+ status.frenchLabel() + " »).");
		}
		this.status = MailStatus.PENDING;
		this.attempts = 0;
		this.nextAttemptAt = now;
	}

}
