package fr.metropolerouen.guichetess.committee;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.dossier.DossierStatus;
import fr.metropolerouen.guichetess.scheme.AidScheme;

/**
 * A committee session: its agenda in order with the decisions recorded, its members and their presence, and, while
 * it is not closed, the check of each envelope its agenda would draw on.
 *
 * @param quorumReached null while presence is not recorded
 * @param minutesAvailable the minutes (procès-verbal) can be downloaded: the session is closed
 */
public record SessionView(UUID id, LocalDate date, String title, Instant createdAt, String createdBy,
		List<Item> agenda, CommitteeBody body, String bodyName, SessionStatus status, String statusLabel,
		Boolean quorumReached, Instant heldAt, Instant closedAt, String closedBy, List<Member> members,
		List<EnvelopeCheck> envelopeCheck, boolean minutesAvailable) {

	/**
	 * An agenda line: the dossier as the officer presented it, the decision recorded (in effect once the session is
	 * closed, with its deliberation number), the members who declared an interest, and every decision recorded on it.
	 */
	public record Item(int position, UUID dossierId, String reference, AidScheme scheme, String organisationName,
			String projectTitle, BigDecimal requestedAmount, BigDecimal proposedAmount, String opinion,
			DossierStatus dossierStatus, DecisionOutcome outcome, BigDecimal amount, String reasons,
			Instant decidedAt, String decidedBy, String deliberationNumber, List<Conflict> conflicts,
			List<RecordedDecision> history) {
	}

	public record Member(UUID id, String name, String title, Boolean present) {
	}

	public record Conflict(UUID memberId, String memberName, String statement) {
	}

	/** A decision as recorded; {@code correctionReason} says why it replaced the one before. */
	public record RecordedDecision(DecisionOutcome outcome, BigDecimal amount, String reasons, String correctionReason,
			Instant recordedAt, String recordedBy) {
	}

	/**
	 * What the agenda would take from a scheme's envelope of the session's year.
	 *
	 * @param proposedHere the amounts granted on this agenda, and the amounts proposed for the items not decided yet
	 * @param grantedInOtherOpenSessions grants recorded in other sessions not closed yet, not engaged either
	 * @param margin available − granted in other open sessions − proposed here; negative when over-committed
	 */
	public record EnvelopeCheck(AidScheme scheme, String schemeName, int year, boolean envelopeOpen,
			BigDecimal available, BigDecimal grantedInOtherOpenSessions, BigDecimal proposedHere, BigDecimal margin,
			boolean overCommitted, String warning) {
	}

}
