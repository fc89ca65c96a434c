package fr.metropolerouen.guichetess.notification;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.dossier.Dossiers;
import fr.metropolerouen.guichetess.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where the delivery of each mail stands, for officers and operators, and a second chance for a mail given up. */
@Service
@Transactional(readOnly = true)
public class MailDeliveries {

	private static final int MOST = 500;

	private final OutboundMailRepository mails;

	private final Dossiers dossiers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MailDeliveries(OutboundMailRepository mails, Dossiers dossiers, ApplicationEventPublisher events, Clock clock) {
		this.mails = mails;
		this.dossiers = dossiers;
		this.events = events;
		this.clock = clock;
	}

	public List<MailView> ofDossier(UUID dossierId, Actor reader) {
		dossiers.getVisible(dossierId, reader);
		return mails.findByDossierIdOrderByCreatedAt(dossierId).stream().map(OutboundMail::view).toList();
	}

	/** The mails in one status, oldest first (at most 500): the failed ones are an operator's to-do list. */
	public List<MailView> withStatus(MailStatus status) {
		return mails.findByStatusOrderByCreatedAt(status, Limit.of(MOST)).stream().map(OutboundMail::view).toList();
	}

	/** A failed mail is queued again with its attempts counted afresh; it goes out as soon as the dispatcher can. */
	@Transactional
	public MailView retry(UUID mailId) {
		OutboundMail mail = mails.findById(mailId).orElseThrow(() -> new NotFoundException("Courriel introuvable."));
		mail.retry(clock.instant());
		events.publishEvent(new MailOutbox.MailQueued(mail.id()));
		return mail.view();
	}

}
