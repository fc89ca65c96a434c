package fr.metropolerouen.guichetess.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The facts the eligibility decision table judges, named as its input expressions name them.
 *
 * @param deMinimisReceived de minimis aid declared over the rolling window before submission
 * @param projectStartDate start of works (Immobilier) or of the lease (Location): the incentive-effect date
 */
public record EligibilityFacts(String scheme, String legalFormCode, boolean communeInMetropole, int employees,
		BigDecimal requestedAmount, BigDecimal deMinimisReceived, BigDecimal deMinimisCeiling,
		LocalDate projectStartDate, LocalDate submissionDate) {

	public Map<String, Object> asVariables() {
		Map<String, Object> variables = new HashMap<>();
		variables.put("scheme", scheme);
		variables.put("legalFormCode", legalFormCode);
		variables.put("communeInMetropole", communeInMetropole);
		variables.put("employees", employees);
		variables.put("requestedAmount", requestedAmount);
		variables.put("deMinimisReceived", deMinimisReceived);
		variables.put("deMinimisCeiling", deMinimisCeiling);
		variables.put("projectStartDate", projectStartDate);
		variables.put("submissionDate", submissionDate);
		return variables;
	}

}
