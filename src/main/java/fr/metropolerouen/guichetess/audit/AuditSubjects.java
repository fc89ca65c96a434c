package fr.metropolerouen.guichetess.audit;

/** The kinds of subject the modules record changes of. */
public final class AuditSubjects {

	public static final String DOSSIER = "DOSSIER";

	public static final String ACCOUNT = "ACCOUNT";

	public static final String ORGANISATION = "ORGANISATION";

	public static final String ENVELOPE = "ENVELOPE";

	public static final String COMMITTEE_SESSION = "COMMITTEE_SESSION";

	private AuditSubjects() {
	}

}
