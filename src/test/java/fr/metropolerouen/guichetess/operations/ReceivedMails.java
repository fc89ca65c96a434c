package fr.metropolerouen.guichetess.operations;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import fr.metropolerouen.guichetess.support.TestMailServer;

/** What the SMTP server of the checks received. */
final class ReceivedMails {

	private ReceivedMails() {
	}

	static long count() {
		return TestMailServer.get().getReceivedMessages().length;
	}

	/** Mails received more than once since the first {@code before} ones (same recipient, subject and body). */
	static List<String> duplicated(long before) {
		MimeMessage[] received = TestMailServer.get().getReceivedMessages();
		Map<String, Integer> counts = new HashMap<>();
		for (int i = (int) before; i < received.length; i++) {
			try {
				String key = String.join("|", List.of(received[i].getAllRecipients()[0].toString(),
						received[i].getSubject(), String.valueOf(received[i].getContent().hashCode())));
				counts.merge(key, 1, Integer::sum);
			}
			catch (MessagingException | IOException e) {
				throw new IllegalStateException(e);
			}
		}
		return counts.entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey).toList();
	}

}
