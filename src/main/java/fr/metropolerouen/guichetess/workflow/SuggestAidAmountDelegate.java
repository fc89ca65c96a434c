package fr.metropolerouen.guichetess.workflow;

import java.math.BigDecimal;
import java.util.UUID;

import fr.metropolerouen.guichetess.dossier.DossierLifecycle;
import fr.metropolerouen.guichetess.eligibility.RuleEvaluation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Computes the aid amount the dossier's rule-set version allows, as the suggestion for the officer. */
@Component("suggestAidAmountDelegate")
class SuggestAidAmountDelegate implements JavaDelegate {

	private final RuleEvaluation evaluation;

	private final DossierLifecycle lifecycle;

	SuggestAidAmountDelegate(RuleEvaluation evaluation, DossierLifecycle lifecycle) {
		this.evaluation = evaluation;
		this.lifecycle = lifecycle;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID dossierId = DossierProcess.dossierId(execution);
		BigDecimal amount = evaluation.evaluateDossier(dossierId).amount();
		if (amount == null) {
			// a submitted dossier always has the figures its scheme needs: a missing result is a rule-set error,
			// raised as an incident for an operator rather than recorded as a zero
			throw new IllegalStateException("The aid amount table gave no amount for dossier " + dossierId);
		}
		lifecycle.recordSuggestedAmount(dossierId, amount);
	}

}
