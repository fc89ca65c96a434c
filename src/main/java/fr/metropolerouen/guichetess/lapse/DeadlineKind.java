package fr.metropolerouen.guichetess.lapse;

import fr.metropolerouen.guichetess.scheme.AidScheme;

/** The deadlines of a grant; the API names are fixed. */
public enum DeadlineKind {

	FIRST_PAYMENT_REQUEST("Première demande de versement"), COMPLETION("Achèvement de l'opération");

	private final String frenchLabel;

	DeadlineKind(String frenchLabel) {
		this.frenchLabel = frenchLabel;
	}

	public String frenchLabel() {
		return frenchLabel;
	}

	/** What the beneficiary must have done by the deadline, as the letters say it. */
	String whatToDo(AidScheme scheme) {
		return switch (this) {
			case FIRST_PAYMENT_REQUEST -> "déposer sur le Guichet ESS une première demande de versement, avec ses "
					+ "justificatifs";
			case COMPLETION -> scheme == AidScheme.IMMOBILIER_ESS
					? "achever l'opération et déposer sur le Guichet ESS la demande de versement du solde, avec les "
							+ "factures acquittées"
					: "déposer sur le Guichet ESS la demande de versement de la dernière année de loyer aidée, avec "
							+ "les quittances";
		};
	}

}
