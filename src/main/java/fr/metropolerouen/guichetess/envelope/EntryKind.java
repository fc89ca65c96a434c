package fr.metropolerouen.guichetess.envelope;

/** The movements of an envelope's ledger. Each amount is positive; the kind says which figure it moves. */
public enum EntryKind {

	/** Money voted for the envelope when it is opened (crédits ouverts). */
	ALLOCATION("Ouverture de crédits"),
	/** Money added to the envelope by a later deliberation (décision modificative). */
	AMENDMENT_INCREASE("Augmentation de crédits"),
	/** Money taken from the envelope by a later deliberation; never below what is engaged. */
	AMENDMENT_DECREASE("Diminution de crédits"),
	/** Money reserved for a granted dossier (engagement). */
	ENGAGEMENT("Engagement"),
	/** Part of an engagement that will not be paid, given back to the envelope (dégagement). */
	RELEASE("Dégagement"),
	/** Money paid to a beneficiary (mandatement). */
	PAYMENT("Mandatement"),
	/** Money a beneficiary must pay back (reversement, titre de recette). */
	RECOVERY("Reversement");

	private final String frenchLabel;

	EntryKind(String frenchLabel) {
		this.frenchLabel = frenchLabel;
	}

	public String frenchLabel() {
		return frenchLabel;
	}

	boolean concernsADossier() {
		return this != ALLOCATION && this != AMENDMENT_INCREASE && this != AMENDMENT_DECREASE;
	}

}
