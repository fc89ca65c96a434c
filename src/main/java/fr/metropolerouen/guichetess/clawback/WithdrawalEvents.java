package fr.metropolerouen.guichetess.clawback;

import java.time.Instant;
import java.util.UUID;

/** What the withdrawal procedures announce, inside the transaction of the change. */
public final class WithdrawalEvents {

	private WithdrawalEvents() {
	}

	/**
	 * The notice is due; the beneficiary may answer until {@code observationPeriodEnd} (the first instant after the
	 * deadline's day, in Paris).
	 */
	public record WithdrawalOpened(UUID procedureId, UUID dossierId, UUID organisationId, String reference,
			int number, Instant observationPeriodEnd) {
	}

	public record ObservationsReceived(UUID procedureId, UUID dossierId) {
	}

	/** {@code grantEnded}: the decision ended a grant still being paid (withdrawn in full, or nothing left to pay). */
	public record WithdrawalDecided(UUID procedureId, UUID dossierId, WithdrawalOutcome outcome, boolean grantEnded) {
	}

}
