package fr.metropolerouen.guichetess.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A payment request as the API shows it; {@code amount} is the amount claimed, {@code approvedAmount} the amount paid
 * (or being paid). The fields after {@code decidedBy} follow the spending chain: liquidation by the officer, payment
 * order and payment by finance; {@code proofs} describes the documents cited.
 */
public record PaymentRequestView(UUID id, UUID dossierId, String reference, int number, PaymentKind kind,
		BigDecimal amount, BigDecimal justifiedExpenses, List<UUID> proofDocumentIds, PaymentStatus status,
		BigDecimal approvedAmount, String rejectionReason, Instant requestedAt, String requestedBy,
		Instant decidedAt, String decidedBy, String statusLabel, Integer leaseYear, Integer monthsOccupied,
		BigDecimal acceptedExpenses, BigDecimal liquidatedAmount, String liquidationNote, Instant liquidatedAt,
		String liquidatedBy, String orderReference, Instant orderedAt, String orderedBy, LocalDate paidOn,
		String paymentReference, List<Proof> proofs) {

	/** A proof of the claim, for the officer who certifies the service done; {@code href} downloads it. */
	public record Proof(UUID documentId, String type, String label, String fileName, String href) {
	}

}
