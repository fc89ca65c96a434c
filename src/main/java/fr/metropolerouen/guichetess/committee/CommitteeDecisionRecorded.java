package fr.metropolerouen.guichetess.committee;

import java.util.UUID;

/** The committee decided on a dossier; published in the transaction of the decision. */
public record CommitteeDecisionRecorded(UUID sessionId, UUID dossierId, DecisionOutcome outcome) {
}
