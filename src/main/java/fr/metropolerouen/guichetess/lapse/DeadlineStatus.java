package fr.metropolerouen.guichetess.lapse;

/** Where a deadline stands; the API names are fixed. */
public enum DeadlineStatus {

	OPEN("En cours"), MET("Respectée"), LAPSED("Dépassée : aide caduque"), CANCELLED("Sans objet");

	private final String frenchLabel;

	DeadlineStatus(String frenchLabel) {
		this.frenchLabel = frenchLabel;
	}

	public String frenchLabel() {
		return frenchLabel;
	}

}
