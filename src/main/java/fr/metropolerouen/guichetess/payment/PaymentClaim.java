package fr.metropolerouen.guichetess.payment;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A beneficiary's claim as submitted: {@code justifiedExpenses} are the eligible expenses (or, for Location, the rent)
 * justified by this claim's proofs; {@code leaseYear} and {@code monthsOccupied} apply to Location instalments only.
 */
public record PaymentClaim(PaymentKind kind, BigDecimal amount, BigDecimal justifiedExpenses,
		List<UUID> proofDocumentIds, Integer leaseYear, Integer monthsOccupied) {
}
