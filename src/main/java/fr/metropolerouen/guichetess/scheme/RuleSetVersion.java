package fr.metropolerouen.guichetess.scheme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One version of a scheme's rules: its parameters and the decision tables that apply them, in force from
 * {@code validFrom} to {@code validTo} (inclusive; open-ended when null), adopted by the deliberation named in
 * {@code adoptedBy}. A draft is never in force: it exists to be compared with past dossiers before adoption.
 *
 * @param eligibilityDecision key of the decision that lists the eligibility criteria (in {@code processes/})
 * @param amountDecision key of the decision that computes the aid amount
 * @param parameters named as the decision tables name their inputs
 */
public record RuleSetVersion(AidScheme scheme, String version, LocalDate validFrom, LocalDate validTo,
		String adoptedBy, Status status, String eligibilityDecision, String amountDecision,
		Map<String, BigDecimal> parameters) {

	public enum Status {

		ADOPTED, DRAFT

	}

	public RuleSetVersion {
		parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
		status = status == null ? Status.ADOPTED : status;
	}

	public boolean inForceOn(LocalDate date) {
		return status == Status.ADOPTED && !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
	}

	public BigDecimal parameter(String name) {
		BigDecimal value = parameters.get(name);
		if (value == null) {
			throw new IllegalStateException("Rule set " + label() + " has no parameter " + name);
		}
		return value;
	}

	/** A parameter counted in whole years (a window of time). */
	public int years(String name) {
		return parameter(name).intValueExact();
	}

	public String label() {
		return scheme + " v" + version;
	}

	boolean overlaps(RuleSetVersion other) {
		LocalDate end = validTo == null ? LocalDate.MAX : validTo;
		LocalDate otherEnd = other.validTo == null ? LocalDate.MAX : other.validTo;
		return !validFrom.isAfter(otherEnd) && !other.validFrom.isAfter(end);
	}

}
