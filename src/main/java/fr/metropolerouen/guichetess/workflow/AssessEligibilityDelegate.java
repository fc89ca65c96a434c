package fr.metropolerouen.guichetess.workflow;

import java.util.UUID;

import fr.metropolerouen.guichetess.dossier.DossierLifecycle;
import fr.metropolerouen.guichetess.dossier.EligibilityVerdict;
import fr.metropolerouen.guichetess.eligibility.RuleEvaluation;
import fr.metropolerouen.guichetess.workflow.DossierProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Judges the dossier by the rule-set version it was submitted under, records each criterion on the dossier, routes
 * on the verdict.
 */
@Component("assessEligibilityDelegate")
class AssessEligibilityDelegate implements JavaDelegate {

	private final RuleEvaluation evaluation;

	private final DossierLifecycle lifecycle;

	AssessEligibilityDelegate(RuleEvaluation evaluation, DossierLifecycle lifecycle) {
		this.evaluation = evaluation;
		this.lifecycle = lifecycle;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID dossierId = DossierProcess.dossierId(execution);
		EligibilityVerdict verdict = lifecycle.recordEligibility(dossierId,
				evaluation.evaluateDossier(dossierId).criteria());
		execution.setVariable(Variables.ELIGIBILITY_VERDICT, verdict.name());
	}

}
