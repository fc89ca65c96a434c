package fr.metropolerouen.guichetess.clawback;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Numbers recovery orders per year (TR-2026-0001, TR-2026-0002…), unique and without gaps: the year's counter stays
 * locked until the decision's transaction ends, and a decision that fails gives its number back. Finance's own
 * recoveries carry the reference of an order made elsewhere and take no number here.
 */
@Component
class RecoveryOrderNumbers {

	private final RecoveryOrderCounterRepository counters;

	private final TransactionTemplate newTransaction;

	RecoveryOrderNumbers(RecoveryOrderCounterRepository counters, TransactionTemplate transactionTemplate) {
		this.counters = counters;
		this.newTransaction = new TransactionTemplate(transactionTemplate.getTransactionManager());
		this.newTransaction.setPropagationBehavior(Propagation.REQUIRES_NEW.value());
	}

	@Transactional(propagation = Propagation.MANDATORY)
	String next(int year) {
		return counters.findForUpdate(year).orElseGet(() -> {
			create(year);
			return counters.findForUpdate(year).orElseThrow();
		}).next();
	}

	/** The first order of a year creates the counter; two at once may race, and the loser finds it made. */
	private void create(int year) {
		try {
			newTransaction.executeWithoutResult(status -> counters.create(year));
		}
		catch (DataIntegrityViolationException alreadyCreated) {
			// another decision created it first
		}
	}

}
