package fr.metropolerouen.guichetess.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A payment request as the API shows it; {@code amount} is the amount claimed. */
public record PaymentRequestView(UUID id, UUID dossierId, String reference, int number, PaymentKind kind,
		BigDecimal amount, BigDecimal justifiedExpenses, List<UUID> proofDocumentIds, PaymentStatus status,
		BigDecimal approvedAmount, String rejectionReason, Instant requestedAt, String requestedBy,
		Instant decidedAt, String decidedBy) {
}
