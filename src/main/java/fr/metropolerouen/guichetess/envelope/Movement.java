package fr.metropolerouen.guichetess.envelope;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.Actor;

/**
 * A movement to record: what it is, on which dossier if any, and the key that makes recording it twice impossible.
 *
 * @param operationDate the date of the act in the budget (the decision, the payment order), not of its recording
 */
record Movement(EntryKind kind, BigDecimal amount, UUID dossierId, ReleaseReason reason, String idempotencyKey,
		LocalDate operationDate, Actor actor, String deliberationReference, String note) {

	Movement {
		Objects.requireNonNull(kind);
		Objects.requireNonNull(idempotencyKey);
		Objects.requireNonNull(operationDate);
		if (amount.signum() <= 0) {
			throw new IllegalArgumentException("A ledger amount is positive; its kind gives its direction");
		}
		if (kind.concernsADossier() != (dossierId != null)) {
			throw new IllegalArgumentException(kind + " names a dossier if and only if it concerns one");
		}
	}

	/** The same movement replayed: same kind, amount and dossier (the key being already equal). */
	boolean isRecordedAs(LedgerEntry entry) {
		return entry.kind() == kind && entry.amount().compareTo(amount) == 0
				&& Objects.equals(entry.dossierId(), dossierId);
	}

}
