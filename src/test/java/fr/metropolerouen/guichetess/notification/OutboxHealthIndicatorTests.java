package fr.metropolerouen.guichetess.notification;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the outbox makes the service DOWN: not because the mail server is unreachable for a while (the outbox
 * retries), only when mails have waited far too long or too many failed for good.
 */
class OutboxHealthIndicatorTests {

	private static final Duration SIX_HOURS = Duration.ofHours(6);

	@Test
	void aBacklogWhileTheMailServerIsDownForTwoHoursKeepsTheServiceUp() {
		Health health = indicator(outbox(120, 0, Duration.ofHours(2))).health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("pending", 120L)
			.containsEntry("failed", 0L)
			.containsEntry("oldestPendingAgeSeconds", Duration.ofHours(2).toSeconds());
	}

	@Test
	void mailsWaitingLongerThanTheAllowedAgeMakeItDown() {
		Health health = indicator(outbox(3, 0, SIX_HOURS.plusMinutes(1))).health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsKey("reason");
	}

	@Test
	void failedMailsMakeItDownOnlyBeyondTheThreshold() {
		assertThat(indicator(outbox(0, 20, Duration.ZERO)).health().getStatus()).isEqualTo(Status.UP);
		assertThat(indicator(outbox(0, 21, Duration.ZERO)).health().getStatus()).isEqualTo(Status.DOWN);
	}

	/** A health answer, not an error: the load balancer and the operator read "DOWN" and why. */
	@Test
	void anOutboxThatCannotBeReadIsDownWithTheError() {
		OutboxFigures unreadable = new OutboxFigures(null, null) {

			@Override
			Map<MailStatus, Long> countPerStatus() {
				throw new DataAccessResourceFailureException("Connection refused");
			}

		};

		Health health = indicator(unreadable).health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails().get("error").toString()).contains("Connection refused");
	}

	private static OutboxHealthIndicator indicator(OutboxFigures figures) {
		return new OutboxHealthIndicator(figures, SIX_HOURS, 20);
	}

	/** The outbox's figures as the database would give them: {@code pending} split between waiting and sending. */
	private static OutboxFigures outbox(long pending, long failed, Duration oldestWaiting) {
		return new OutboxFigures(null, null) {

			@Override
			Map<MailStatus, Long> countPerStatus() {
				Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
				counts.put(MailStatus.PENDING, pending - pending / 2);
				counts.put(MailStatus.SENDING, pending / 2);
				counts.put(MailStatus.SENT, 500L);
				counts.put(MailStatus.FAILED, failed);
				return counts;
			}

			@Override
			Duration oldestWaitingAge() {
				return oldestWaiting;
			}

		};
	}

}
