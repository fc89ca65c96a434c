package fr.metropolerouen.guichetess.clawback;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A withdrawal procedure as the API shows it. Amounts are set once decided: {@code withdrawnAmount} =
 * {@code releasedAmount} (not paid, given back to the envelope) + {@code recoveredAmount} (paid, to be repaid on the
 * recovery order {@code recoveryOrderReference}).
 */
public record WithdrawalProcedureView(UUID id, UUID dossierId, String reference, int number,
		WithdrawalTrigger trigger, String triggerLabel, String facts, String openedBy, Instant openedAt,
		LocalDate observationDeadline, WithdrawalStatus status, String observations,
		List<UUID> observationDocumentIds, Instant observationsAt, String observationsBy, WithdrawalOutcome outcome,
		BigDecimal withdrawnAmount, BigDecimal releasedAmount, BigDecimal recoveredAmount,
		String recoveryOrderReference, String motivation, String decidedBy, Instant decidedAt) {
}
