package fr.metropolerouen.guichetess.notification;

enum MailStatus {

	/** Waiting for its (next) attempt. */
	PENDING,
	/** Claimed by a dispatcher that is talking to the mail server. */
	SENDING,
	/** Accepted by the mail server. */
	SENT,
	/** Given up after the maximum number of attempts: needs an operator. */
	FAILED

}
