package fr.metropolerouen.guichetess.committee;

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
 * One decision recorded on an agenda item, never changed: a correction before the closing is a new one, with its
 * reason, so that what was recorded, by whom and when stays known.
 */
@Entity
@Table(name = "agenda_decision")
class AgendaDecision {

	@Id
	private UUID id;

	@Column(name = "item_id", nullable = false)
	private UUID itemId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DecisionOutcome outcome;

	private BigDecimal amount;

	private String reasons;

	@Column(name = "correction_reason")
	private String correctionReason;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;

	protected AgendaDecision() {
	}

	AgendaDecision(UUID itemId, DecisionOutcome outcome, BigDecimal amount, String reasons, String correctionReason,
			Instant recordedAt, String recordedBy) {
		this.id = UUID.randomUUID();
		this.itemId = itemId;
		this.outcome = outcome;
		this.amount = amount;
		this.reasons = reasons;
		this.correctionReason = correctionReason;
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
	}

	UUID itemId() {
		return itemId;
	}

	SessionView.RecordedDecision view() {
		return new SessionView.RecordedDecision(outcome, amount, reasons, correctionReason, recordedAt, recordedBy);
	}

}
