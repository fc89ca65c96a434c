package fr.metropolerouen.guichetess.lapse;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A deadline of a grant, as the API shows it.
 *
 * @param warnOn when the beneficiary is (or was) warned, the configured period before {@code dueOn}
 * @param warnedOn when the warning letter was actually issued
 * @param releasedAmount what the lapse gave back to the envelope
 */
public record GrantDeadlineView(DeadlineKind kind, String label, DeadlineStatus status, String statusLabel,
		LocalDate dueOn, LocalDate originalDueOn, LocalDate warnOn, LocalDate warnedOn, String extensionReason,
		String extendedBy, Instant extendedAt, Instant metAt, Instant lapsedAt, BigDecimal releasedAmount) {
}
