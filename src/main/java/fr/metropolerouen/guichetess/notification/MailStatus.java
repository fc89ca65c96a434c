package fr.metropolerouen.guichetess.notification;

public enum MailStatus {

	/** Waiting for its (next) attempt. */
	PENDING("En attente d'envoi"),
	/** Claimed by a dispatcher that is talking to the mail server. */
	SENDING("En cours d'envoi"),
	/** Accepted by the mail server. */
	SENT("Envoyé"),
	/** Given up after the maximum number of attempts: needs an operator. */
	FAILED("En échec");

	private final String frenchLabel;

	MailStatus(String frenchLabel) {
		this.frenchLabel = frenchLabel;
	}

	public String frenchLabel() {
		return frenchLabel;
	}

}
