package fr.metropolerouen.guichetess.clawback;

/** What the officer decides at the end of the contradictory procedure. */
public enum WithdrawalOutcome {

	WITHDRAW_FULL("Retrait total de l'aide"), WITHDRAW_PARTIAL("Retrait partiel de l'aide"),
	DROP("Abandon de la procédure");

	private final String frenchLabel;

	WithdrawalOutcome(String frenchLabel) {
		this.frenchLabel = frenchLabel;
	}

	public String frenchLabel() {
		return frenchLabel;
	}

	public boolean withdraws() {
		return this != DROP;
	}

}
