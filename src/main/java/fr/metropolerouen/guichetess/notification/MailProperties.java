package fr.metropolerouen.guichetess.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Outbox settings ({@code guichet.mail}): sender, retry pace and how many attempts before an operator is needed.
 *
 * @param sendingTimeout how long a claimed mail may stay "sending" before another dispatcher takes it back
 */
@ConfigurationProperties("guichet.mail")
record MailProperties(String from, String serviceName, String serviceEmail, Duration retryDelay, int maxAttempts,
		Duration sendingTimeout) {
}
