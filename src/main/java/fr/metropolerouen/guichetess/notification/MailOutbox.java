package fr.metropolerouen.guichetess.notification;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Queues mails in the transaction of the change they announce: no change without its mail, no mail without it. */
@Component
class MailOutbox {

	private final OutboundMailRepository mails;

	private final MailTemplates templates;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MailOutbox(OutboundMailRepository mails, MailTemplates templates, ApplicationEventPublisher events,
			Clock clock) {
		this.mails = mails;
		this.templates = templates;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void queue(String dedupKey, UUID dossierId, String recipient, String template, Map<String, Object> model,
			UUID attachmentLetterId) {
		if (mails.existsByDedupKey(dedupKey)) {
			return;
		}
		MailTemplates.ComposedMail mail = templates.compose(template, model);
		OutboundMail queued = mails.save(new OutboundMail(dedupKey, dossierId, recipient, mail.subject(), mail.body(),
				attachmentLetterId, clock.instant()));
		events.publishEvent(new MailQueued(queued.id()));
	}

	/** Lets the dispatcher try a queued mail right after the commit instead of waiting for its next round. */
	record MailQueued(UUID mailId) {
	}

}
