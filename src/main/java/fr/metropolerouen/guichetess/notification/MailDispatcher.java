package fr.metropolerouen.guichetess.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.dossier.DossierJournal;
import fr.metropolerouen.guichetess.dossier.TimelineAction;
import fr.metropolerouen.guichetess.letter.Letters;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.Limit;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox. A mail is claimed (one dispatcher wins, even across nodes), sent, then marked sent; a refused
 * or failed delivery is retried later, each wait twice the one before (capped), up to the configured number of
 * attempts.
 */
@Component
class MailDispatcher {

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	private static final int BATCH = 20;

	private final OutboundMailRepository mails;

	private final JavaMailSender sender;

	private final Letters letters;

	private final MailProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final DossierJournal journal;

	MailDispatcher(OutboundMailRepository mails, JavaMailSender sender, Letters letters, MailProperties properties,
			TransactionTemplate transactions, Clock clock, DossierJournal journal) {
		this.journal = journal;
		this.mails = mails;
		this.sender = sender;
		this.letters = letters;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Async
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void onQueued(MailOutbox.MailQueued queued) {
		deliver(queued.mailId());
	}

	@Scheduled(initialDelayString = "${guichet.mail.retry-delay}", fixedDelayString = "${guichet.mail.retry-delay}")
	void deliverDue() {
		transactions.executeWithoutResult(status -> mails.releaseAbandoned(clock.instant()));
		mails.findDue(clock.instant(), Limit.of(BATCH)).forEach(this::deliver);
	}

	void deliver(UUID mailId) {
		Instant now = clock.instant();
		Integer claimed = transactions
			.execute(status -> mails.claim(mailId, now, now.plus(properties.sendingTimeout())));
		if (claimed == null || claimed == 0) {
			return;
		}
		OutboundMail mail = transactions.execute(status -> mails.findById(mailId).orElseThrow());
		try {
			sender.send(message(mail));
			transactions.executeWithoutResult(status -> {
				mails.markSent(mailId, clock.instant());
				recordDelivery(mail);
			});
		}
		catch (MessagingException | RuntimeException e) {
			boolean exhausted = mail.attempts() >= properties.maxAttempts();
			log.warn("Mail {} to {} not delivered (attempt {}{}): {}", mailId, mail.recipient(), mail.attempts(),
					exhausted ? ", giving up" : "", e.getMessage());
			transactions.executeWithoutResult(status -> mails.markFailedAttempt(mailId,
					exhausted ? MailStatus.FAILED : MailStatus.PENDING,
					clock.instant().plus(properties.delayAfter(mail.attempts())),
					truncate(e.getMessage())));
		}
	}

	/** A letter's delivery is part of the dossier's record: to whom, when (the journal dates it). */
	private void recordDelivery(OutboundMail mail) {
		if (mail.dossierId() != null && mail.attachmentLetterId() != null) {
			journal.record(mail.dossierId(), Actor.SYSTEM, TimelineAction.LETTER_SENT, "Courrier « "
					+ letters.file(mail.attachmentLetterId()).kind().frenchLabel() + " » envoyé par courriel à "
					+ mail.recipient() + ".");
		}
	}

	private MimeMessage message(OutboundMail mail) throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		boolean withAttachment = mail.attachmentLetterId() != null;
		MimeMessageHelper helper = new MimeMessageHelper(message, withAttachment, "UTF-8");
		helper.setFrom(properties.from());
		helper.setTo(mail.recipient());
		helper.setSubject(mail.subject());
		helper.setText(mail.body(), false);
		if (withAttachment) {
			Letters.LetterFile letter = letters.file(mail.attachmentLetterId());
			helper.addAttachment(letter.fileName(), new ByteArrayResource(letter.content()), "application/pdf");
		}
		return message;
	}

	private static String truncate(String error) {
		String text = error == null ? "erreur inconnue" : error;
		return text.length() > 1900 ? text.substring(0, 1900) : text;
	}

}
