package fr.metropolerouen.guichetess.envelope;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One movement of an envelope; never updated nor deleted. The idempotency key is unique: recording the same
 * movement twice (a retried job, a double click) fails at the database even if the code missed it.
 */
@Entity
@Table(name = "envelope_entry")
class EnvelopeEntry {

	@Id
	private UUID id;

	@Column(name = "envelope_id", nullable = false)
	private UUID envelopeId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EntryKind kind;

	@Column(nullable = false)
	private BigDecimal amount;

	@Column(name = "dossier_id")
	private UUID dossierId;

	@Column(name = "idempotency_key", nullable = false, unique = true)
	private String idempotencyKey;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;

	private String note;

	protected EnvelopeEntry() {
	}

	EnvelopeEntry(UUID envelopeId, EntryKind kind, BigDecimal amount, UUID dossierId, String idempotencyKey,
			Instant occurredAt, String recordedBy, String note) {
		if (amount.signum() <= 0) {
			throw new IllegalArgumentException("A ledger amount is positive; its kind gives its direction");
		}
		this.id = UUID.randomUUID();
		this.envelopeId = envelopeId;
		this.kind = kind;
		this.amount = amount;
		this.dossierId = dossierId;
		this.idempotencyKey = idempotencyKey;
		this.occurredAt = occurredAt;
		this.recordedBy = recordedBy;
		this.note = note;
	}

	UUID envelopeId() {
		return envelopeId;
	}

	EntryKind kind() {
		return kind;
	}

	BigDecimal amount() {
		return amount;
	}

	LedgerEntryView view() {
		return new LedgerEntryView(id, kind, amount, dossierId, occurredAt, recordedBy, note);
	}

}
