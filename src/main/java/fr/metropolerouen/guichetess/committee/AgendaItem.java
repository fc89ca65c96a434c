package fr.metropolerouen.guichetess.committee;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One dossier on a session's agenda, at its position, the decision recorded on it, and the deliberation number it gets
 * when the session closes.
 */
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
	@Column(nullable = false)
	private AidScheme scheme;

	@Enumerated(EnumType.STRING)
	private DecisionOutcome outcome;

	private BigDecimal amount;

	private String reasons;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "deliberation_number")
	private String deliberationNumber;

	protected AgendaItem() {
	}

	AgendaItem(UUID sessionId, UUID dossierId, AidScheme scheme, int position) {
		this.id = UUID.randomUUID();
		this.sessionId = sessionId;
		this.dossierId = dossierId;
		this.scheme = scheme;
		this.position = position;
	}

	/** Records the decision, or replaces the one recorded before: until the session closes, it can be corrected. */
	void record(DecisionOutcome outcome, BigDecimal amount, String reasons, Instant now, String secretary) {
		if (deliberationNumber != null) {
			throw new ConflictException("La délibération n° " + deliberationNumber + " est adoptée : elle ne peut plus "
					+ "être modifiée.");
		}
		this.outcome = outcome;
		this.amount = amount;
		this.reasons = reasons;
		this.decidedAt = now;
		this.decidedBy = secretary;
	}

	/** Whether this decision is the one already recorded: recording it again changes nothing. */
	boolean isRecordedAs(DecisionOutcome outcome, BigDecimal amount, String reasons) {
		return this.outcome == outcome && (this.amount == null ? amount == null
				: amount != null && this.amount.compareTo(amount) == 0)
				&& Objects.equals(this.reasons, reasons);
	}

	void number(String deliberationNumber) {
		this.deliberationNumber = deliberationNumber;
	}

	UUID id() {
		return id;
	}

	AidScheme scheme() {
		return scheme;
	}

	UUID sessionId() {
		return sessionId;
	}

	String deliberationNumber() {
		return deliberationNumber;
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
