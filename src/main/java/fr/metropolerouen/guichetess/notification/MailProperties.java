package fr.metropolerouen.guichetess.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Outbox settings ({@code guichet.mail}): sender, retry pace and how many attempts before an operator is needed.
 *
 * @param retryDelay the wait after a first failed attempt; it doubles after each further one (back-off)
 * @param maxRetryDelay the longest wait between two attempts
 * @param sendingTimeout how long a claimed mail may stay "sending" before another dispatcher takes it back
 */
@ConfigurationProperties("guichet.mail")
record MailProperties(String from, String serviceName, String serviceEmail, Duration retryDelay,
		Duration maxRetryDelay, int maxAttempts, Duration sendingTimeout) {

	/** The wait before the next attempt after {@code attempts} failed ones: doubled each time, capped. */
	Duration delayAfter(int attempts) {
		Duration cap = maxRetryDelay == null ? Duration.ofHours(1) : maxRetryDelay;
		Duration delay = retryDelay;
		for (int i = 1; i < attempts && delay.compareTo(cap) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return delay.compareTo(cap) > 0 ? cap : delay;
	}

}
