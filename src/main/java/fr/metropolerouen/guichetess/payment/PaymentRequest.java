package fr.metropolerouen.guichetess.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.Money;
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

/** A beneficiary's claim for payment, with its proofs, decided once by finance. */
@Entity
@Table(name = "payment_request")
class PaymentRequest {

	@Id
	private UUID id;

	@Column(name = "dossier_id", nullable = false)
	private UUID dossierId;

	@Column(name = "request_number", nullable = false)
	private int number;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PaymentKind kind;

	@Column(name = "claimed_amount", nullable = false)
	private BigDecimal claimedAmount;

	@Column(name = "justified_expenses")
	private BigDecimal justifiedExpenses;

	@ElementCollection
	@CollectionTable(name = "payment_request_proof", joinColumns = @JoinColumn(name = "payment_request_id"))
	@Column(name = "document_id")
	private List<UUID> proofDocumentIds = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PaymentStatus status;

	@Column(name = "approved_amount")
	private BigDecimal approvedAmount;

	@Column(name = "rejection_reason")
	private String rejectionReason;

	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt;

	@Column(name = "requested_by", nullable = false)
	private String requestedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "lease_year")
	private Integer leaseYear;

	@Column(name = "months_occupied")
	private Integer monthsOccupied;

	@Column(name = "accepted_expenses")
	private BigDecimal acceptedExpenses;

	@Column(name = "liquidated_amount")
	private BigDecimal liquidatedAmount;

	@Column(name = "liquidation_note")
	private String liquidationNote;

	@Column(name = "liquidated_at")
	private Instant liquidatedAt;

	@Column(name = "liquidated_by")
	private String liquidatedBy;

	@Column(name = "order_reference")
	private String orderReference;

	@Column(name = "ordered_at")
	private Instant orderedAt;

	@Column(name = "ordered_by")
	private String orderedBy;

	@Column(name = "paid_on")
	private LocalDate paidOn;

	@Column(name = "payment_reference")
	private String paymentReference;

	@Column(name = "payment_recorded_at")
	private Instant paymentRecordedAt;

	@Column(name = "payment_recorded_by")
	private String paymentRecordedBy;

	@Column(name = "idempotency_key")
	private String idempotencyKey;

	/** The dossier while the request is in the chain: the database lets a dossier have one such request. */
	@Column(name = "open_dossier_id")
	private UUID openDossierId;

	@Version
	private long version;

	protected PaymentRequest() {
	}

	PaymentRequest(UUID dossierId, int number, PaymentKind kind, BigDecimal claimedAmount,
			BigDecimal justifiedExpenses, List<UUID> proofDocumentIds, Instant now, String applicant) {
		this(dossierId, number, new Claimed(kind, claimedAmount, justifiedExpenses, null, null), proofDocumentIds, null,
				now, applicant);
	}

	/** What the beneficiary claims; {@code leaseYear} and {@code monthsOccupied} for Location only. */
	record Claimed(PaymentKind kind, BigDecimal amount, BigDecimal justifiedExpenses, Integer leaseYear,
			Integer monthsOccupied) {
	}

	PaymentRequest(UUID dossierId, int number, Claimed claim, List<UUID> proofDocumentIds, String idempotencyKey,
			Instant now, String applicant) {
		this.id = UUID.randomUUID();
		this.dossierId = dossierId;
		this.number = number;
		this.kind = claim.kind();
		this.claimedAmount = Money.euros(claim.amount());
		this.justifiedExpenses = Money.euros(claim.justifiedExpenses());
		this.leaseYear = claim.leaseYear();
		this.monthsOccupied = claim.monthsOccupied();
		this.proofDocumentIds.addAll(proofDocumentIds);
		this.idempotencyKey = idempotencyKey;
		this.status = PaymentStatus.PENDING;
		this.openDossierId = dossierId;
		this.requestedAt = now;
		this.requestedBy = applicant;
	}

	/** For a rent instalment claimed before lease years were recorded. */
	void assignLeaseYear(int year) {
		this.leaseYear = year;
	}

	/** Service done certified and amount fixed by the officer (liquidation). */
	void liquidate(BigDecimal amount, BigDecimal acceptedExpenses, Integer monthsOccupied, String note, Instant now,
			String officer) {
		require(PaymentStatus.PENDING, "liquidée");
		this.status = PaymentStatus.LIQUIDATED;
		this.liquidatedAmount = Money.euros(amount);
		this.acceptedExpenses = Money.euros(acceptedExpenses);
		this.monthsOccupied = monthsOccupied;
		this.liquidationNote = note;
		this.liquidatedAt = now;
		this.liquidatedBy = officer;
	}

	/** The payment order (mandat) sent to the public accountant, under a reference of its own. */
	void order(String reference, Instant now, String financeOfficer) {
		require(PaymentStatus.LIQUIDATED, "mandatée");
		this.status = PaymentStatus.ORDERED;
		this.orderReference = reference;
		this.orderedAt = now;
		this.orderedBy = financeOfficer;
	}

	/** The accountant paid the order: the money left. */
	void recordPayment(LocalDate paidOn, String reference, Instant now, String financeOfficer) {
		require(PaymentStatus.ORDERED, "payée");
		this.status = PaymentStatus.PAID;
		this.approvedAmount = liquidatedAmount;
		this.paidOn = paidOn;
		this.paymentReference = reference;
		this.paymentRecordedAt = now;
		this.paymentRecordedBy = financeOfficer;
		this.decidedAt = now;
		this.decidedBy = financeOfficer;
		this.openDossierId = null;
	}

	/** The first path of the API: finance validates and pays at once, as liquidated by the same rules. */
	void approve(BigDecimal amount, BigDecimal acceptedExpenses, Integer monthsOccupied, String note, Instant now,
			String financeOfficer) {
		require(PaymentStatus.PENDING, "validée");
		this.status = PaymentStatus.APPROVED;
		this.approvedAmount = Money.euros(amount);
		this.acceptedExpenses = Money.euros(acceptedExpenses);
		this.monthsOccupied = monthsOccupied;
		this.liquidationNote = note;
		this.decidedAt = now;
		this.decidedBy = financeOfficer;
		this.openDossierId = null;
	}

	/** Refused at the liquidation, or by finance before the order is issued. */
	void reject(String reason, Instant now, String actor) {
		if (status != PaymentStatus.PENDING && status != PaymentStatus.LIQUIDATED) {
			throw alreadyHandled();
		}
		this.status = PaymentStatus.REJECTED;
		this.rejectionReason = reason;
		this.decidedAt = now;
		this.decidedBy = actor;
		this.openDossierId = null;
	}

	void require(PaymentStatus expected, String what) {
		if (status != expected) {
			throw status.paid() || status == PaymentStatus.REJECTED ? alreadyHandled()
					: new ConflictException("La demande de versement n° " + number + " ne peut pas être " + what
							+ " : elle est « " + status.frenchLabel() + " ».");
		}
	}

	private ConflictException alreadyHandled() {
		return new ConflictException("La demande de versement n° " + number + " a déjà été traitée (« "
				+ status.frenchLabel() + " »).");
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

	PaymentKind kind() {
		return kind;
	}

	BigDecimal claimedAmount() {
		return claimedAmount;
	}

	PaymentStatus status() {
		return status;
	}

	BigDecimal justifiedExpenses() {
		return justifiedExpenses;
	}

	/** The expenses the officer accepted, or those claimed for a request paid before acceptance was recorded. */
	BigDecimal expensesCounted() {
		return acceptedExpenses != null ? acceptedExpenses : Money.orZero(justifiedExpenses);
	}

	Integer leaseYear() {
		return leaseYear;
	}

	Integer monthsOccupied() {
		return monthsOccupied;
	}

	BigDecimal liquidatedAmount() {
		return liquidatedAmount;
	}

	String orderReference() {
		return orderReference;
	}

	String paymentReference() {
		return paymentReference;
	}

	LocalDate paidOn() {
		return paidOn;
	}

	Instant orderedAt() {
		return orderedAt;
	}

	List<UUID> proofDocumentIds() {
		return List.copyOf(proofDocumentIds);
	}

	PaymentRequestView view(String reference) {
		return view(reference, List.of());
	}

	PaymentRequestView view(String reference, List<PaymentRequestView.Proof> proofs) {
		return new PaymentRequestView(id, dossierId, reference, number, kind, claimedAmount, justifiedExpenses,
				List.copyOf(proofDocumentIds), status, approvedAmount, rejectionReason, requestedAt, requestedBy,
				decidedAt, decidedBy, status.frenchLabel(), leaseYear, monthsOccupied, acceptedExpenses,
				liquidatedAmount, liquidationNote, liquidatedAt, liquidatedBy, orderReference, orderedAt, orderedBy,
				paidOn, paymentReference, proofs);
	}

}
