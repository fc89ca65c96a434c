package fr.metropolerouen.guichetess.committee;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Numbers deliberations per body and year (B2026-0001, B2026-0002…), unique and without gaps: the counter row stays
 * locked until the closing transaction ends, so concurrent closings number one after the other, and a closing that
 * fails gives its numbers back.
 */
@Component
class DeliberationNumbers {

	private final DeliberationCounterRepository counters;

	private final TransactionTemplate newTransaction;

	DeliberationNumbers(DeliberationCounterRepository counters, TransactionTemplate transactionTemplate) {
		this.counters = counters;
		this.newTransaction = new TransactionTemplate(transactionTemplate.getTransactionManager());
		this.newTransaction.setPropagationBehavior(Propagation.REQUIRES_NEW.value());
	}

	/** Locks the counter of the body's year: the numbers it then gives follow each other. */
	@Transactional(propagation = Propagation.MANDATORY)
	DeliberationCounter counter(CommitteeBody body, int year) {
		DeliberationCounter.Key key = new DeliberationCounter.Key(body.deliberationPrefix(), year);
		return counters.findForUpdate(key).orElseGet(() -> {
			create(body.deliberationPrefix(), year);
			return counters.findForUpdate(key).orElseThrow();
		});
	}

	/** The first closing of a year creates the counter; two at once may race, and the loser finds it made. */
	private void create(String prefix, int year) {
		try {
			newTransaction.executeWithoutResult(status -> counters.create(prefix, year));
		}
		catch (DataIntegrityViolationException alreadyCreated) {
			// another closing created it first
		}
	}

}
