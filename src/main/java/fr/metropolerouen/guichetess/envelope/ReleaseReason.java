package fr.metropolerouen.guichetess.envelope;

/** Why part of an engagement is given back to its envelope. */
public enum ReleaseReason {

	/** The grant lapsed: its deadlines passed (caducité). */
	LAPSE("Caducité"),
	/** The expenses finally justified are lower than planned: the balance is smaller. */
	LOWER_FINAL_COST("Dépense réalisée inférieure au prévu"),
	/** The grant was withdrawn because its conditions were breached (retrait). */
	WITHDRAWAL("Retrait de la décision"),
	/** The beneficiary gave the aid up (renonciation). */
	RENUNCIATION("Renonciation du bénéficiaire"),
	/** An engagement recorded too high, corrected. */
	CORRECTION("Correction d'écriture");

	private final String frenchLabel;

	ReleaseReason(String frenchLabel) {
		this.frenchLabel = frenchLabel;
	}

	public String frenchLabel() {
		return frenchLabel;
	}

}
