package fr.metropolerouen.guichetess.steering;

/** The steps of the procedure whose time is measured; the API names are fixed. */
public enum ProcessStep {

	COMPLETENESS("Vérification de la complétude"), MISSING_DOCUMENTS("Attente des pièces manquantes"),
	REVIEW("Instruction"), COMMITTEE("Attente de la décision du Bureau"), PAYMENT("Versement");

	private final String frenchLabel;

	ProcessStep(String frenchLabel) {
		this.frenchLabel = frenchLabel;
	}

	public String frenchLabel() {
		return frenchLabel;
	}

}
