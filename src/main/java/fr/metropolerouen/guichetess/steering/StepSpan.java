package fr.metropolerouen.guichetess.steering;

import java.time.Instant;
import java.util.UUID;

/**
 * One passage of a dossier through a step, as the process engine recorded it. A payment step is one payment request,
 * from its filing to its payment or rejection ({@code paymentRequestId} set).
 *
 * @param endedAt null while the step is still open
 * @param officer the user who completed the step's task (null for a step nobody completes by hand, or still open)
 */
public record StepSpan(UUID dossierId, ProcessStep step, Instant startedAt, Instant endedAt, String officer,
		String paymentRequestId) {

	public boolean ended() {
		return endedAt != null;
	}

	public long seconds() {
		return endedAt.getEpochSecond() - startedAt.getEpochSecond();
	}

}
