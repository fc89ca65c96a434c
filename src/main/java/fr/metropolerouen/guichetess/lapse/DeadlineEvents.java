package fr.metropolerouen.guichetess.lapse;

import java.time.LocalDate;
import java.util.UUID;

/** What the lapse module announces, inside the transaction of the change. */
public final class DeadlineEvents {

	private DeadlineEvents() {
	}

	/**
	 * A deadline of a grant starts to run: the beneficiary is to be warned on {@code warnOn}, and the grant lapses
	 * at the end of {@code dueOn} unless the deadline is met, extended or cancelled before.
	 */
	public record DeadlineSet(UUID deadlineId, UUID dossierId, String reference, DeadlineKind kind, LocalDate warnOn,
			LocalDate dueOn) {
	}

	/** An officer moved the deadline to a later date: the warning and the lapse move with it. */
	public record DeadlineExtended(UUID deadlineId, LocalDate warnOn, LocalDate dueOn) {
	}

	/** The deadline no longer runs: met, or cancelled because the grant ended otherwise (settled, lapsed). */
	public record DeadlineClosed(UUID deadlineId, DeadlineStatus status) {
	}

	/** A deadline passed unmet: the grant lapsed and what was not paid went back to the envelope. */
	public record GrantLapsed(UUID dossierId, DeadlineKind kind) {
	}

}
