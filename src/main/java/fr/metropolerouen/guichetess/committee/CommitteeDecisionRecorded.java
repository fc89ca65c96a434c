package fr.metropolerouen.guichetess.committee;

import java.util.UUID;

/**
 * A committee's decision on a dossier took effect: its session closed and gave it {@code deliberationNumber}.
 * Published in the transaction of the closing, once per agenda item.
 */
public record CommitteeDecisionRecorded(UUID sessionId, UUID dossierId, DecisionOutcome outcome,
		String deliberationNumber) {
}
