package fr.metropolerouen.guichetess.envelope;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import fr.metropolerouen.guichetess.shared.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One movement of an envelope, never updated nor deleted. It carries the envelope's totals before and after it, and
 * for a dossier's movement the dossier's totals too: the database checks that each entry continues the one before it
 * and that the totals obey the rules (see the V3 migration), so the figures shown are the last entry's totals.
 */
@Entity
@Table(name = "ledger_entry")
class LedgerEntry {

	@Id
	private UUID id;

	@Column(name = "envelope_id", nullable = false)
	private UUID envelopeId;

	@Column(name = "entry_number", nullable = false)
	private int number;

	@Column(name = "previous_number")
	private Integer previousNumber;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EntryKind kind;

	@Enumerated(EnumType.STRING)
	private ReleaseReason reason;

	@Column(nullable = false)
	private BigDecimal amount;

	@Column(name = "dossier_id")
	private UUID dossierId;

	@Column(name = "idempotency_key", nullable = false, unique = true)
	private String idempotencyKey;

	@Column(name = "operation_date", nullable = false)
	private LocalDate operationDate;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;

	@Column(name = "deliberation_reference")
	private String deliberationReference;

	private String note;

	@Embedded
	private EnvelopeTotals totals;

	@Embedded
	@AttributeOverride(name = "allocated", column = @Column(name = "previous_allocated_total"))
	@AttributeOverride(name = "engaged", column = @Column(name = "previous_engaged_total"))
	@AttributeOverride(name = "released", column = @Column(name = "previous_released_total"))
	@AttributeOverride(name = "paid", column = @Column(name = "previous_paid_total"))
	@AttributeOverride(name = "recovered", column = @Column(name = "previous_recovered_total"))
	private EnvelopeTotals previousTotals;

	@Column(name = "dossier_entry_number")
	private Integer dossierNumber;

	@Column(name = "dossier_previous_number")
	private Integer dossierPreviousNumber;

	@Embedded
	private DossierTotals dossierTotals;

	@Embedded
	@AttributeOverride(name = "engaged", column = @Column(name = "dossier_previous_engaged_total"))
	@AttributeOverride(name = "released", column = @Column(name = "dossier_previous_released_total"))
	@AttributeOverride(name = "paid", column = @Column(name = "dossier_previous_paid_total"))
	@AttributeOverride(name = "recovered", column = @Column(name = "dossier_previous_recovered_total"))
	private DossierTotals dossierPreviousTotals;

	protected LedgerEntry() {
	}

	/**
	 * The entry that follows {@code lastOfEnvelope} (null for the allocation that opens the envelope) and, for a
	 * dossier's movement, {@code lastOfDossier} (null for the engagement that opens the dossier's account).
	 */
	LedgerEntry(UUID envelopeId, Movement movement, LedgerEntry lastOfEnvelope, LedgerEntry lastOfDossier,
			Instant now) {
		this.id = UUID.randomUUID();
		this.envelopeId = envelopeId;
		this.kind = movement.kind();
		this.reason = movement.reason();
		this.amount = Money.euros(movement.amount());
		this.dossierId = movement.dossierId();
		this.idempotencyKey = movement.idempotencyKey();
		this.operationDate = movement.operationDate();
		this.recordedAt = now;
		this.recordedBy = movement.actor().username();
		this.deliberationReference = movement.deliberationReference();
		this.note = movement.note();
		this.previousNumber = lastOfEnvelope == null ? null : lastOfEnvelope.number;
		this.number = lastOfEnvelope == null ? 1 : lastOfEnvelope.number + 1;
		this.previousTotals = lastOfEnvelope == null ? null : lastOfEnvelope.totals.copy();
		this.totals = (lastOfEnvelope == null ? EnvelopeTotals.NONE : lastOfEnvelope.totals).after(kind, amount);
		if (dossierId != null) {
			this.dossierPreviousNumber = lastOfDossier == null ? null : lastOfDossier.dossierNumber;
			this.dossierNumber = lastOfDossier == null ? 1 : lastOfDossier.dossierNumber + 1;
			this.dossierPreviousTotals = lastOfDossier == null ? null : lastOfDossier.dossierTotals.copy();
			this.dossierTotals = (lastOfDossier == null ? DossierTotals.NONE : lastOfDossier.dossierTotals).after(kind,
					amount);
		}
	}

	UUID id() {
		return id;
	}

	UUID envelopeId() {
		return envelopeId;
	}

	int number() {
		return number;
	}

	EntryKind kind() {
		return kind;
	}

	ReleaseReason reason() {
		return reason;
	}

	BigDecimal amount() {
		return amount;
	}

	UUID dossierId() {
		return dossierId;
	}

	LocalDate operationDate() {
		return operationDate;
	}

	String deliberationReference() {
		return deliberationReference;
	}

	/** The envelope's totals once this entry is recorded. */
	EnvelopeTotals totals() {
		return totals;
	}

	/** The dossier's money once this entry is recorded; null for an envelope's own movement. */
	DossierMoney dossierMoney() {
		return dossierTotals == null ? null : dossierTotals.money();
	}

	LedgerEntryView view(Envelope envelope) {
		return new LedgerEntryView(id, kind, amount, dossierId, recordedAt, recordedBy, note, number, envelopeId,
				envelope.scheme(), envelope.year(), operationDate, reason, deliberationReference,
				Money.euros(totals.available()), Money.euros(totals.remainingToPay()));
	}

}
