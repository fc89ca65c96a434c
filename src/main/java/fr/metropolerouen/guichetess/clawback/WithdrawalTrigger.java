package fr.metropolerouen.guichetess.clawback;

/** The breach of the grant's conditions that opens a withdrawal procedure. */
public enum WithdrawalTrigger {

	PREMISES_LEFT("Départ des locaux aidés"), ACTIVITY_STOPPED("Cessation de l'activité"),
	BUILDING_SOLD("Cession du bien aidé"), FALSE_STATEMENT("Déclaration inexacte"), OTHER("Autre manquement");

	private final String frenchLabel;

	WithdrawalTrigger(String frenchLabel) {
		this.frenchLabel = frenchLabel;
	}

	public String frenchLabel() {
		return frenchLabel;
	}

}
