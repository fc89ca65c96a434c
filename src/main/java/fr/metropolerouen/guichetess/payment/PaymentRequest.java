package fr.metropolerouen.guichetess.payment;

import java.math.BigDecimal;
import java.time.Instant;
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

	@Version
	private long version;

	protected PaymentRequest() {
	}

	PaymentRequest(UUID dossierId, int number, PaymentKind kind, BigDecimal claimedAmount,
			BigDecimal justifiedExpenses, List<UUID> proofDocumentIds, Instant now, String applicant) {
		this.id = UUID.randomUUID();
		this.dossierId = dossierId;
		this.number = number;
		this.kind = kind;
		this.claimedAmount = Money.euros(claimedAmount);
		this.justifiedExpenses = Money.euros(justifiedExpenses);
		this.proofDocumentIds.addAll(proofDocumentIds);
		this.status = PaymentStatus.PENDING;
		this.requestedAt = now;
		this.requestedBy = applicant;
	}

	void approve(BigDecimal amount, Instant now, String financeOfficer) {
		requirePending();
		this.status = PaymentStatus.APPROVED;
		this.approvedAmount = Money.euros(amount);
		this.decidedAt = now;
		this.decidedBy = financeOfficer;
	}

	void reject(String reason, Instant now, String financeOfficer) {
		requirePending();
		this.status = PaymentStatus.REJECTED;
		this.rejectionReason = reason;
		this.decidedAt = now;
		this.decidedBy = financeOfficer;
	}

	private void requirePending() {
		if (status != PaymentStatus.PENDING) {
			throw new ConflictException("La demande de versement n° " + number + " a déjà été traitée.");
		}
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

	PaymentRequestView view(String reference) {
		return new PaymentRequestView(id, dossierId, reference, number, kind, claimedAmount, justifiedExpenses,
				List.copyOf(proofDocumentIds), status, approvedAmount, rejectionReason, requestedAt, requestedBy,
				decidedAt, decidedBy);
	}

}
