package fr.metropolerouen.guichetess.support;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;

/** A real SMTP server (GreenMail) in the test JVM, started once, on a free port. */
public final class TestMailServer {

	private static GreenMail greenMail;

	private static int port;

	private TestMailServer() {
	}

	public static synchronized GreenMail get() {
		if (greenMail == null) {
			greenMail = new GreenMail(ServerSetup.SMTP.dynamicPort());
			greenMail.start();
			port = greenMail.getSmtp().getPort();
			Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
		}
		return greenMail;
	}

	public static int port() {
		get();
		return port;
	}

	/** Stops the server: the application now finds no mail server. */
	public static synchronized void stop() {
		get().stop();
	}

	/** Starts the server again on the same port, keeping nothing of what it received before. */
	public static synchronized void restart() {
		greenMail.stop();
		greenMail = new GreenMail(new ServerSetup(port, null, ServerSetup.PROTOCOL_SMTP));
		greenMail.start();
	}

	/** Mails received so far whose subject contains the text (a dossier reference, typically). */
	public static List<MimeMessage> received(String recipient, String subjectPart) {
		return Arrays.stream(get().getReceivedMessages()).filter(message -> {
			try {
				return message.getSubject().contains(subjectPart) && Arrays.stream(message.getAllRecipients())
					.anyMatch(address -> address.toString().contains(recipient));
			}
			catch (MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	/** Waits for a mail to arrive: the outbox delivers after the commit, on another thread. */
	public static MimeMessage awaitMail(String recipient, String subjectPart) {
		return Awaitility.await("mail to " + recipient + " about « " + subjectPart + " »")
			.atMost(Duration.ofSeconds(30))
			.until(() -> received(recipient, subjectPart), mails -> !mails.isEmpty())
			.get(0);
	}

}
