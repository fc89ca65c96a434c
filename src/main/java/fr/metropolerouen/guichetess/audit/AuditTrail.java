package fr.metropolerouen.guichetess.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import fr.metropolerouen.guichetess.account.Actor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.springframework.core.Ordered;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where every module records its state changes. An entry is recorded in the transaction of the change it describes
 * and joins the chain only if that transaction commits: the entries of a transaction are appended just before its
 * commit, after everything else it wrote, under the lock of the chain's head. Taking that lock last keeps it out of
 * the lock order of the domain (session → dossier → envelope), so that recording never makes two changes deadlock,
 * and holds it only for the few inserts of the commit.
 */
@Component
public class AuditTrail {

	/** The action recorded when the retention purge empties the details of a subject's entries. */
	public static final String DETAILS_ERASED = "DETAILS_ERASED";

	private final AuditEntries entries;

	private final EntityManagerFactory entityManagerFactory;

	AuditTrail(AuditEntries entries, EntityManagerFactory entityManagerFactory) {
		this.entries = entries;
		this.entityManagerFactory = entityManagerFactory;
	}

	/** Records a change of the current transaction; refused outside a transaction (nothing would seal it). */
	public void record(AuditRecord record) {
		PendingEntries pending = pendingEntries();
		if (pending.appended) {
			// a change recorded by another before-commit step would otherwise be lost without a word
			throw new IllegalStateException("The audit entries of this transaction are already in the chain");
		}
		pending.records.add(record);
	}

	/** Records a change made by this actor now. */
	public void record(Instant occurredAt, Actor actor, String subjectType, Object subjectId, String action,
			String before, String after, String details) {
		record(new AuditRecord(occurredAt, actor.username(), actor.role().name(), subjectType,
				String.valueOf(subjectId), action, before, after, details));
	}

	/**
	 * Erases the details (personal data) of the subject's entries of these actions, keeping their digests in the
	 * chain, and records the erasure itself: verification accepts emptied details only when such a record follows.
	 */
	public void eraseDetails(Instant occurredAt, Actor actor, String subjectType, Object subjectId,
			Collection<String> actions) {
		int erased = entries.eraseDetails(subjectType, String.valueOf(subjectId), actions);
		record(occurredAt, actor, subjectType, subjectId, DETAILS_ERASED, null, null,
				erased + " détail(s) effacé(s) : " + String.join(", ", actions));
	}

	/**
	 * Appends many records to the chain at once, now, under the head's lock, in the caller's transaction: for loading
	 * generated volume (benchmarks, demo databases), where recording entry by entry would take a round trip each. The
	 * caller's transaction must record nothing through {@link #record} (those would follow at its commit).
	 */
	public void appendInBulk(List<AuditRecord> records) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Audit entries are appended in the transaction of their changes");
		}
		entries.appendBatch(entries.lockHead(), records);
	}

	private PendingEntries pendingEntries() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| !TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("An audit entry is recorded in the transaction of its change");
		}
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof PendingEntries pending && pending.trail == this) {
				return pending;
			}
		}
		PendingEntries pending = new PendingEntries(this);
		TransactionSynchronizationManager.registerSynchronization(pending);
		return pending;
	}

	private void append(List<AuditRecord> records) {
		// what the transaction still holds in memory is written first, so no row lock is taken after the head's
		EntityManager entityManager = EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagerFactory);
		if (entityManager != null) {
			entityManager.flush();
		}
		AuditEntries.Appender appender = entries.appendAfter(entries.lockHead());
		records.forEach(appender::append);
		appender.finish();
	}

	/** The entries recorded by one transaction, appended to the chain when it is about to commit. */
	private static final class PendingEntries implements TransactionSynchronization {

		private final AuditTrail trail;

		private final List<AuditRecord> records = new ArrayList<>();

		private boolean appended;

		private PendingEntries(AuditTrail trail) {
			this.trail = trail;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			trail.append(records);
			appended = true;
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
