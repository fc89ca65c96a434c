package fr.metropolerouen.guichetess.dossier;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.account.Role;
import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The written exchange on a dossier between its applicant and the officers: everyone who may see the dossier reads
 * it; its applicant and the officers write in it, once the dossier is submitted. Each message is a line of the
 * timeline, and an officer's message is mailed to the applicant (notification module).
 */
@Service
class DossierMessages {

	static final int MAX_LENGTH = 4000;

	private final DossierAccess access;

	private final DossierMessageRepository messages;

	private final DossierJournal journal;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DossierMessages(DossierAccess access, DossierMessageRepository messages, DossierJournal journal,
			ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.messages = messages;
		this.journal = journal;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<MessageView> of(UUID dossierId, Actor reader) {
		access.visible(dossierId, reader);
		return messages.findByDossierIdOrderBySentAtAscIdAsc(dossierId).stream().map(DossierMessage::view).toList();
	}

	@Transactional
	MessageView post(UUID dossierId, String body, Actor author) {
		if (author.role() != Role.APPLICANT && author.role() != Role.OFFICER) {
			throw new AccessDeniedException("Seuls le porteur de projet et les chargés d'instruction écrivent ici.");
		}
		String text = body == null ? "" : body.strip();
		if (text.isEmpty() || text.length() > MAX_LENGTH) {
			throw new InvalidRequestException("Le message n'est pas valide.", List.of(new InvalidRequestException.FieldError(
					"body", text.isEmpty() ? "est obligatoire" : "ne doit pas dépasser " + MAX_LENGTH + " caractères")));
		}
		Dossier dossier = access.visible(dossierId, author);
		if (dossier.status() == DossierStatus.DRAFT) {
			throw new ConflictException("Le dossier n'est pas encore déposé : les messages s'échangent après le dépôt.");
		}
		DossierMessage message = messages.save(new DossierMessage(dossierId, clock.instant(), author, text));
		journal.record(dossierId, author, TimelineAction.MESSAGE_SENT, null);
		events.publishEvent(new DossierEvents.MessagePosted(dossierId, message.id(), author.isApplicant()));
		return message.view();
	}

}
