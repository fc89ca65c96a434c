package fr.metropolerouen.guichetess.dossier;

import fr.metropolerouen.guichetess.scheme.AidScheme;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives human references such as {@code DIE-2026-0001}: per scheme and year, in order, without gaps. The counter
 * row is locked until the submitting transaction ends, so a rolled-back submission gives its number back.
 */
@Component
class DossierReferences {

	private final ReferenceCounterRepository counters;

	private final TransactionTemplate newTransaction;

	DossierReferences(ReferenceCounterRepository counters, TransactionTemplate transactionTemplate) {
		this.counters = counters;
		this.newTransaction = new TransactionTemplate(transactionTemplate.getTransactionManager());
		this.newTransaction.setPropagationBehavior(Propagation.REQUIRES_NEW.value());
	}

	@Transactional(propagation = Propagation.MANDATORY)
	String next(AidScheme scheme, int year) {
		ReferenceCounter.Key key = new ReferenceCounter.Key(scheme, year);
		ReferenceCounter counter = counters.findForUpdate(key).orElseGet(() -> {
			createCounter(scheme, year);
			return counters.findForUpdate(key).orElseThrow();
		});
		return counter.next();
	}

	/** The first submission of a year creates the counter; two at once may race, and the loser finds it made. */
	private void createCounter(AidScheme scheme, int year) {
		try {
			newTransaction.executeWithoutResult(status -> counters.create(scheme.name(), year));
		}
		catch (DataIntegrityViolationException alreadyCreated) {
			// another submission created it first
		}
	}

}
