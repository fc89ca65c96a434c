package fr.metropolerouen.guichetess.steering;

import java.time.Instant;
import java.util.UUID;

/**
 * One passage of a dossier through a step, as the process engine recorded it. A payment step is one payment request,
 * from its filing to its payment or rejection ({@code paymentRequestId} set).
 *
 * @param endedAt null while the step is still open
 * @param interrupted the passage ended without the step being done: the dossier was withdrawn or closed meanwhile
 * @param officer the user who completed the step's task (null for a step nobody completes by hand, or still open)
 */
public record StepSpan(UUID dossierId, ProcessStep step, Instant startedAt, Instant endedAt, boolean interrupted,
		String officer,
		String paymentRequestId) {

	public boolean ended() {
		return endedAt != null;
	}

	/** Ended with the step done: the passage measures the step. */
	public boolean completed() {
		return ended() && !interrupted;
	}

	public long seconds() {
		return endedAt.getEpochSecond() - startedAt.getEpochSecond();
	}

}
