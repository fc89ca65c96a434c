package fr.metropolerouen.guichetess.account;

/** What a user does in the aid procedure; one role per account. {@code SYSTEM} is the engine, never a login. */
public enum Role {

	APPLICANT("porteur de projet"), OFFICER("chargé(e) de développement économique"),
	COMMITTEE("secrétariat du Bureau métropolitain"), FINANCE("service financier"), ADMIN("administrateur"),
	SYSTEM("Guichet ESS (traitement automatique)");

	private final String frenchLabel;

	Role(String frenchLabel) {
		this.frenchLabel = frenchLabel;
	}

	public String frenchLabel() {
		return frenchLabel;
	}

	/** Staff see every organisation's dossiers; applicants only their own. */
	public boolean isStaff() {
		return this != APPLICANT;
	}

}
