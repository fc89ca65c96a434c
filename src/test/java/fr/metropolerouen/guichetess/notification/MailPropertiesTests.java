package fr.metropolerouen.guichetess.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The back-off between delivery attempts: doubled after each failure, never beyond the cap. */
class MailPropertiesTests {

	private static final MailProperties ONE_MINUTE_UP_TO_AN_HOUR = new MailProperties("from", "service", "mail",
			Duration.ofMinutes(1), Duration.ofHours(1), 10, Duration.ofMinutes(5));

	@Test
	void theWaitDoublesAfterEachFailedAttempt() {
		assertThat(ONE_MINUTE_UP_TO_AN_HOUR.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(ONE_MINUTE_UP_TO_AN_HOUR.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(ONE_MINUTE_UP_TO_AN_HOUR.delayAfter(4)).isEqualTo(Duration.ofMinutes(8));
	}

	@Test
	void theWaitNeverExceedsTheCap() {
		assertThat(ONE_MINUTE_UP_TO_AN_HOUR.delayAfter(7)).isEqualTo(Duration.ofHours(1));
		assertThat(ONE_MINUTE_UP_TO_AN_HOUR.delayAfter(1000)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void withoutACapConfiguredAnHourIsTheLongestWait() {
		MailProperties uncapped = new MailProperties("from", "service", "mail", Duration.ofMinutes(1), null, 10,
				Duration.ofMinutes(5));

		assertThat(uncapped.delayAfter(30)).isEqualTo(Duration.ofHours(1));
	}

}
