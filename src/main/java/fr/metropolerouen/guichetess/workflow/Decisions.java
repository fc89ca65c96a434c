package fr.metropolerouen.guichetess.workflow;

/** Keys of the decisions in {@code processes/eligibility} and {@code processes/amount}. */
final class Decisions {

	static final String ELIGIBILITY_CRITERIA = "EligibilityCriteria";

	static final String AID_AMOUNT_SUGGESTION = "AidAmountSuggestion";

	private Decisions() {
	}

}
