package fr.metropolerouen.guichetess.letter;

/** The letters a dossier's life produces, each from its template in {@code templates/letters}. */
public enum LetterKind {

	GRANT_DECISION("Notification d'attribution de l'aide", "grant-decision"),
	REFUSAL_DECISION("Notification de refus de l'aide", "refusal-decision"),
	INELIGIBILITY_DECISION("Notification de refus pour inéligibilité", "ineligibility-decision"),
	CLOSURE_WITHOUT_FOLLOW_UP("Notification de classement sans suite", "closure-without-follow-up"),
	GRANT_AGREEMENT("Convention d'attribution à signer", "grant-agreement"),
	WITHDRAWAL_NOTICE("Notification d'intention de retrait de l'aide", "withdrawal-notice"),
	WITHDRAWAL_DECISION("Décision de retrait de l'aide", "withdrawal-decision"),
	WITHDRAWAL_DROPPED("Abandon de la procédure de retrait", "withdrawal-dropped"),
	/** Not a decision: it announces one (no appeal mention); one before each deadline and each extended date. */
	LAPSE_WARNING("Avertissement avant caducité", "lapse-warning"),
	LAPSE_DECISION("Décision de caducité de l'aide", "lapse-decision"),
	/**
	 * Not a decision: the receipt of a submitted dossier (CRPA L. 112-3, R. 112-5), with the date of the implicit
	 * rejection and how to appeal against it; once per dossier, not again when the dossier is handed back.
	 */
	ACKNOWLEDGEMENT_OF_RECEIPT("Accusé de réception", "acknowledgement-of-receipt"),
	/** Not a decision: one per request for documents (issue key {@code D1}, {@code D2}…). */
	MISSING_DOCUMENTS_REQUEST("Demande de pièces manquantes", "missing-documents-request"),
	/** Not a decision: the reminder of a request for documents, under the request's issue key. */
	MISSING_DOCUMENTS_REMINDER("Relance pour pièces manquantes", "missing-documents-reminder");

	private final String frenchLabel;

	private final String template;

	LetterKind(String frenchLabel, String template) {
		this.frenchLabel = frenchLabel;
		this.template = template;
	}

	public String frenchLabel() {
		return frenchLabel;
	}

	String template() {
		return template;
	}

}
