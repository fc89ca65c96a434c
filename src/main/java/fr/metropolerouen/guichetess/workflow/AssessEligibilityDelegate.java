package fr.metropolerouen.guichetess.workflow;

import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.dossier.CriterionOutcome;
import fr.metropolerouen.guichetess.dossier.DossierLifecycle;
import fr.metropolerouen.guichetess.dossier.EligibilityVerdict;
import fr.metropolerouen.guichetess.eligibility.EligibilityFactsBuilder;
import fr.metropolerouen.guichetess.workflow.DossierProcess.Variables;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Evaluates the eligibility decision table, records each criterion on the dossier, routes on the verdict. */
@Component("assessEligibilityDelegate")
class AssessEligibilityDelegate implements JavaDelegate {

	private final EligibilityFactsBuilder facts;

	private final DecisionService decisions;

	private final DossierLifecycle lifecycle;

	AssessEligibilityDelegate(EligibilityFactsBuilder facts, DecisionService decisions, DossierLifecycle lifecycle) {
		this.facts = facts;
		this.decisions = decisions;
		this.lifecycle = lifecycle;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID dossierId = DossierProcess.dossierId(execution);
		List<CriterionOutcome> criteria = decisions.evaluateDecisionByKey(Decisions.ELIGIBILITY_CRITERIA)
			.variables(facts.factsFor(dossierId).asVariables())
			.evaluate()
			.getResultList()
			.stream()
			.map(row -> new CriterionOutcome((String) row.get("criterionCode"),
					CriterionOutcome.Outcome.valueOf((String) row.get("outcome")), (String) row.get("reason")))
			.toList();
		EligibilityVerdict verdict = lifecycle.recordEligibility(dossierId, criteria);
		execution.setVariable(Variables.ELIGIBILITY_VERDICT, verdict.name());
	}

}
