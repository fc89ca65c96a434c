package fr.metropolerouen.guichetess.notification;

import fr.metropolerouen.guichetess.dossier.DossierEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At the end of a dossier's retention period its mails leave the outbox: they hold the applicant's address and
 * text about the dossier. The letters they carried stay with the dossier; the timeline keeps that they were sent.
 */
@Component
class MailOutboxPurge {

	private final OutboundMailRepository mails;

	MailOutboxPurge(OutboundMailRepository mails) {
		this.mails = mails;
	}

	@EventListener
	void on(DossierEvents.PersonalDataPurging event) {
		mails.deleteByDossier(event.dossierId());
	}

}
