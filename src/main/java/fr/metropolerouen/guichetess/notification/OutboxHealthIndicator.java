package fr.metropolerouen.guichetess.notification;

import java.time.Duration;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code outbox} in {@code /actuator/health}. An unreachable mail server alone does not make the service DOWN: the
 * outbox keeps the mails and retries them (1 min, doubled up to 1 h, 10 attempts: about 4 h 30 before a mail fails
 * for good). DOWN means an operator is needed: the oldest waiting mail has waited longer than
 * {@code guichet.health.outbox.max-waiting-age} (the dispatcher is not running, or the server has been down for
 * hours), or more than {@code guichet.health.outbox.max-failed} mails failed for good and wait to be sent again from
 * the admin area. Not part of the readiness group: a node with a mail backlog still serves requests. When the database
 * cannot be read the indicator is DOWN with the error, as the database's own.
 */
@Component
class OutboxHealthIndicator extends AbstractHealthIndicator {

	private final OutboxFigures figures;

	private final Duration maxWaitingAge;

	private final long maxFailed;

	OutboxHealthIndicator(OutboxFigures figures,
			@Value("${guichet.health.outbox.max-waiting-age}") Duration maxWaitingAge,
			@Value("${guichet.health.outbox.max-failed}") long maxFailed) {
		super("The outbox could not be read");
		this.figures = figures;
		this.maxWaitingAge = maxWaitingAge;
		this.maxFailed = maxFailed;
	}

	@Override
	protected void doHealthCheck(Health.Builder health) {
		Map<MailStatus, Long> counts = figures.countPerStatus();
		long waiting = counts.get(MailStatus.PENDING) + counts.get(MailStatus.SENDING);
		long failed = counts.get(MailStatus.FAILED);
		Duration oldest = figures.oldestWaitingAge();
		boolean stuck = oldest.compareTo(maxWaitingAge) > 0;
		boolean tooManyFailed = failed > maxFailed;
		if (stuck || tooManyFailed) {
			health.down();
		}
		else {
			health.up();
		}
		health.withDetail("pending", waiting)
			.withDetail("failed", failed)
			.withDetail("oldestPendingAgeSeconds", oldest.toSeconds())
			.withDetail("maxWaitingAgeSeconds", maxWaitingAge.toSeconds())
			.withDetail("maxFailed", maxFailed);
		if (stuck) {
			health.withDetail("reason", "mails have waited longer than the allowed age");
		}
		else if (tooManyFailed) {
			health.withDetail("reason", "too many mails failed for good: resend them from /admin/courriels");
		}
	}

}
