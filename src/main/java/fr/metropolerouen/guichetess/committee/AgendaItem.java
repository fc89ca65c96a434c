package fr.metropolerouen.guichetess.committee;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import fr.metropolerouen.guichetess.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One dossier on a session's agenda, at its position, and the decision once taken. */
@Entity
@Table(name = "agenda_item")
class AgendaItem {

	@Id
	private UUID id;

	@Column(name = "session_id", nullable = false)
	private UUID sessionId;

	@Column(name = "dossier_id", nullable = false)
	private UUID dossierId;

	@Column(nullable = false)
	private int position;

	@Enumerated(EnumType.STRING)
	private DecisionOutcome outcome;

	private BigDecimal amount;

	private String reasons;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decided_by")
	private String decidedBy;

	protected AgendaItem() {
	}

	AgendaItem(UUID sessionId, UUID dossierId, int position) {
		this.id = UUID.randomUUID();
		this.sessionId = sessionId;
		this.dossierId = dossierId;
		this.position = position;
	}

	void decide(DecisionOutcome outcome, BigDecimal amount, String reasons, Instant now, String secretary) {
		if (this.outcome != null) {
			throw new ConflictException("Une décision a déjà été enregistrée pour ce dossier dans cette séance.");
		}
		this.outcome = outcome;
		this.amount = amount;
		this.reasons = reasons;
		this.decidedAt = now;
		this.decidedBy = secretary;
	}

	UUID dossierId() {
		return dossierId;
	}

	int position() {
		return position;
	}

	DecisionOutcome outcome() {
		return outcome;
	}

	BigDecimal amount() {
		return amount;
	}

	String reasons() {
		return reasons;
	}

	Instant decidedAt() {
		return decidedAt;
	}

	String decidedBy() {
		return decidedBy;
	}

}
