package fr.metropolerouen.guichetess.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.metropolerouen.guichetess.eligibility.RulesEngine;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

/**
 * Evaluates the decision tables of {@code processes/} with the engine's DMN engine. A decision key names the latest
 * deployed version of that decision; a rule-set version whose logic changes names new decision keys.
 */
@Component
class CamundaRulesEngine implements RulesEngine {

	private final DecisionService decisions;

	private final RepositoryService repository;

	CamundaRulesEngine(DecisionService decisions, RepositoryService repository) {
		this.decisions = decisions;
		this.repository = repository;
	}

	@Override
	public List<CriterionRow> eligibility(String decisionKey, Map<String, Object> inputs) {
		return decisions.evaluateDecisionByKey(decisionKey)
			.variables(inputs)
			.evaluate()
			.getResultList()
			.stream()
			.map(row -> new CriterionRow((String) row.get("criterionCode"), (String) row.get("outcome"),
					(String) row.get("reason")))
			.toList();
	}

	/** The table returns the amount as a decimal string: FEEL would otherwise hand back a binary {@code double}. */
	@Override
	public Optional<String> amount(String decisionKey, Map<String, Object> inputs) {
		return Optional.ofNullable(decisions.evaluateDecisionByKey(decisionKey).variables(inputs).evaluate()
			.getSingleEntry());
	}

	/** Whether a decision with this key is deployed (checked for every configured rule set at start-up). */
	boolean isDeployed(String decisionKey) {
		return repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey).count() > 0;
	}

}
