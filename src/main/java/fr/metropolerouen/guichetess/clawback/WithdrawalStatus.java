package fr.metropolerouen.guichetess.clawback;

/** Where a withdrawal procedure stands. */
public enum WithdrawalStatus {

	/** The notice is out; the beneficiary may answer until the deadline. */
	AWAITING_OBSERVATIONS("En attente des observations"),
	/** Observations received, or the period over without any: the officer decides. */
	AWAITING_DECISION("En attente de décision"),
	DECIDED("Décidée");

	private final String frenchLabel;

	WithdrawalStatus(String frenchLabel) {
		this.frenchLabel = frenchLabel;
	}

	public String frenchLabel() {
		return frenchLabel;
	}

}
