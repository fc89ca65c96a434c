package fr.metropolerouen.guichetess.workflow;

import java.math.BigDecimal;
import java.util.UUID;

import fr.metropolerouen.guichetess.dossier.DossierLifecycle;
import fr.metropolerouen.guichetess.eligibility.AidAmountFacts;
import fr.metropolerouen.guichetess.shared.Money;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Evaluates the aid amount decision table and records the suggestion for the officer. The table returns the amount
 * as a decimal string: the FEEL engine would otherwise hand back a binary floating-point number.
 */
@Component("suggestAidAmountDelegate")
class SuggestAidAmountDelegate implements JavaDelegate {

	private final AidAmountFacts facts;

	private final DecisionService decisions;

	private final DossierLifecycle lifecycle;

	SuggestAidAmountDelegate(AidAmountFacts facts, DecisionService decisions, DossierLifecycle lifecycle) {
		this.facts = facts;
		this.decisions = decisions;
		this.lifecycle = lifecycle;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID dossierId = DossierProcess.dossierId(execution);
		String amount = decisions.evaluateDecisionByKey(Decisions.AID_AMOUNT_SUGGESTION)
			.variables(facts.factsFor(dossierId))
			.evaluate()
			.getSingleEntry();
		if (amount == null) {
			// a submitted dossier always has the figures its scheme needs: a missing result is a rule-set error,
			// raised as an incident for an operator rather than recorded as a zero
			throw new IllegalStateException("The aid amount table gave no amount for dossier " + dossierId);
		}
		lifecycle.recordSuggestedAmount(dossierId, Money.roundedDown(new BigDecimal(amount)));
	}

}
