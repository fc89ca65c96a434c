package fr.metropolerouen.guichetess.eligibility;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates a rule-set version's decision tables (implemented by the workflow module, which owns the engine).
 */
public interface RulesEngine {

	/** The rows of the eligibility decision: one per criterion, in order. */
	List<CriterionRow> eligibility(String decisionKey, Map<String, Object> inputs);

	/** The amount decision's result, a decimal number written as text; empty when the table gives none. */
	Optional<String> amount(String decisionKey, Map<String, Object> inputs);

	record CriterionRow(String code, String outcome, String reason) {
	}

}
