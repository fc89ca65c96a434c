package fr.metropolerouen.guichetess.clawback;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One withdrawal procedure on a granted dossier: the notice of the facts, the beneficiary's observations within the
 * period, then the officer's motivated decision and the amounts it moved. While it is open, {@code openDossierId}
 * carries the dossier's id, so that the database refuses a second open procedure on the same dossier.
 */
@Entity
@Table(name = "withdrawal_procedure")
class WithdrawalProcedure {

	@Id
	private UUID id;

	@Column(name = "dossier_id", nullable = false)
	private UUID dossierId;

	@Column(name = "procedure_number", nullable = false)
	private int number;

	@Enumerated(EnumType.STRING)
	@Column(name = "trigger_kind", nullable = false)
	private WithdrawalTrigger trigger;

	@Column(nullable = false)
	private String facts;

	@Column(name = "opened_by", nullable = false)
	private String openedBy;

	@Column(name = "opened_at", nullable = false)
	private Instant openedAt;

	@Column(name = "observation_deadline", nullable = false)
	private LocalDate observationDeadline;

	private String observations;

	@ElementCollection
	@CollectionTable(name = "withdrawal_observation_document",
			joinColumns = @JoinColumn(name = "withdrawal_procedure_id"))
	@Column(name = "document_id")
	private List<UUID> observationDocumentIds = new ArrayList<>();

	@Column(name = "observations_at")
	private Instant observationsAt;

	@Column(name = "observations_by")
	private String observationsBy;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private WithdrawalStatus status;

	@Enumerated(EnumType.STRING)
	private WithdrawalOutcome outcome;

	@Column(name = "withdrawn_amount")
	private BigDecimal withdrawnAmount;

	@Column(name = "released_amount")
	private BigDecimal releasedAmount;

	@Column(name = "recovered_amount")
	private BigDecimal recoveredAmount;

	@Column(name = "recovery_order_reference")
	private String recoveryOrderReference;

	private String motivation;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "open_dossier_id")
	private UUID openDossierId;

	@Version
	private long version;

	protected WithdrawalProcedure() {
	}

	WithdrawalProcedure(UUID dossierId, int number, WithdrawalTrigger trigger, String facts,
			LocalDate observationDeadline, Instant now, String officer) {
		this.id = UUID.randomUUID();
		this.dossierId = dossierId;
		this.openDossierId = dossierId;
		this.number = number;
		this.trigger = trigger;
		this.facts = facts;
		this.observationDeadline = observationDeadline;
		this.openedAt = now;
		this.openedBy = officer;
		this.status = WithdrawalStatus.AWAITING_OBSERVATIONS;
	}

	/** Observations are accepted once, until the end of the deadline's day. */
	void recordObservations(String text, List<UUID> documentIds, Instant now, LocalDate today, String applicant) {
		if (status != WithdrawalStatus.AWAITING_OBSERVATIONS) {
			throw new ConflictException("Les observations de la procédure de retrait n° " + number
					+ " ont déjà été reçues ou la décision a été prise.");
		}
		if (periodIsOver(today)) {
			throw new ConflictException("Le délai pour présenter des observations a expiré le "
					+ FrenchFormat.longDate(observationDeadline) + ".");
		}
		this.observations = text;
		this.observationDocumentIds.addAll(documentIds);
		this.observationsAt = now;
		this.observationsBy = applicant;
		this.status = WithdrawalStatus.AWAITING_DECISION;
	}

	/** The decision waits for the observations, or for the end of the period to present them (L.122-1). */
	void requireDecidable(LocalDate today) {
		if (status == WithdrawalStatus.DECIDED) {
			throw new ConflictException("La procédure de retrait n° " + number + " a déjà été décidée.");
		}
		if (status(today) != WithdrawalStatus.AWAITING_DECISION) {
			throw new ConflictException("Le bénéficiaire peut présenter ses observations jusqu'au "
					+ FrenchFormat.longDate(observationDeadline) + " : la décision ne peut être prise qu'après.");
		}
	}

	void decide(WithdrawalDecision decision, String motivation, Instant now, String officer) {
		this.outcome = decision.outcome();
		this.withdrawnAmount = decision.withdrawn();
		this.releasedAmount = decision.released();
		this.recoveredAmount = decision.recovered();
		this.recoveryOrderReference = decision.recoveryOrderReference();
		this.motivation = motivation;
		this.decidedAt = now;
		this.decidedBy = officer;
		this.status = WithdrawalStatus.DECIDED;
		this.openDossierId = null;
	}

	/** The stored status, with the period over counting as awaiting the decision. */
	WithdrawalStatus status(LocalDate today) {
		return status == WithdrawalStatus.AWAITING_OBSERVATIONS && periodIsOver(today)
				? WithdrawalStatus.AWAITING_DECISION : status;
	}

	private boolean periodIsOver(LocalDate today) {
		return today.isAfter(observationDeadline);
	}

	WithdrawalProcedureView view(String reference, LocalDate today) {
		return new WithdrawalProcedureView(id, dossierId, reference, number, trigger, trigger.frenchLabel(), facts,
				openedBy, openedAt, observationDeadline, status(today), observations, List.copyOf(observationDocumentIds),
				observationsAt, observationsBy, outcome, withdrawnAmount, releasedAmount, recoveredAmount,
				recoveryOrderReference, motivation, decidedBy, decidedAt);
	}

	UUID id() {
		return id;
	}

	UUID dossierId() {
		return dossierId;
	}

	int number() {
		return number;
	}

	WithdrawalTrigger trigger() {
		return trigger;
	}

	String facts() {
		return facts;
	}

	LocalDate observationDeadline() {
		return observationDeadline;
	}

	String observations() {
		return observations;
	}

	Instant observationsAt() {
		return observationsAt;
	}

	Instant openedAt() {
		return openedAt;
	}

	WithdrawalOutcome outcome() {
		return outcome;
	}

	BigDecimal withdrawnAmount() {
		return withdrawnAmount;
	}

	BigDecimal releasedAmount() {
		return releasedAmount;
	}

	BigDecimal recoveredAmount() {
		return recoveredAmount;
	}

	String recoveryOrderReference() {
		return recoveryOrderReference;
	}

	String motivation() {
		return motivation;
	}

}
