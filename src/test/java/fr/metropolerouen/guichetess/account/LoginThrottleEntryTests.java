package fr.metropolerouen.guichetess.account;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleEntryTests {

	private static final LoginLimit USER = new LoginLimit(5, Duration.ofMinutes(15), Duration.ofMinutes(15),
			Duration.ofHours(24));

	private static final LoginLimit ADDRESS = new LoginLimit(100, Duration.ofMinutes(15), Duration.ofMinutes(15),
			Duration.ofHours(1));

	private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");

	@Test
	void theFifthFailureWithinTheWindowLocksForFifteenMinutes() {
		LoginThrottleEntry entry = new LoginThrottleEntry("user:x", NINE);
		fail(entry, 4, NINE, USER);
		assertThat(entry.lockedFor(NINE, USER)).isEmpty();

		entry.failed(NINE.plusSeconds(60), USER);

		assertThat(entry.lockedFor(NINE.plusSeconds(60), USER)).hasValue(Duration.ofMinutes(15));
		assertThat(entry.lockedFor(NINE.plusSeconds(60 + 14 * 60), USER)).hasValue(Duration.ofMinutes(1));
		assertThat(entry.lockedFor(NINE.plusSeconds(60 + 15 * 60), USER)).isEmpty();
	}

	@Test
	void failuresSpreadBeyondTheWindowNeverLock() {
		LoginThrottleEntry entry = new LoginThrottleEntry("user:x", NINE);
		for (int i = 0; i < 10; i++) {
			entry.failed(NINE.plus(Duration.ofMinutes(4 * i)), USER);
		}
		assertThat(entry.lockedFor(NINE.plus(Duration.ofMinutes(36)), USER)).isEmpty();
	}

	@Test
	void eachFurtherLockLastsTwiceAsLongUpToTheLongest() {
		LoginThrottleEntry entry = new LoginThrottleEntry("user:x", NINE);
		Instant now = NINE;
		Duration[] expected = { Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofMinutes(60),
				Duration.ofMinutes(120) };
		for (Duration lock : expected) {
			fail(entry, 5, now, USER);
			assertThat(entry.lockedFor(now, USER)).hasValue(lock);
			now = now.plus(lock);
		}
		assertThat(USER.lockAfter(20)).isEqualTo(Duration.ofHours(24));
	}

	@Test
	void aLockFromAClockThatWentBackIsIgnored() {
		LoginThrottleEntry entry = new LoginThrottleEntry("user:x", NINE.plus(Duration.ofDays(800)));
		fail(entry, 5, NINE.plus(Duration.ofDays(800)), USER);

		assertThat(entry.lockedFor(NINE, USER)).isEmpty();
		entry.failed(NINE, USER);
		assertThat(entry.lockedFor(NINE, USER)).as("the window starts again at the real time").isEmpty();
	}

	@Test
	void oneAddressMayFailAHundredTimesBeforeItIsLocked() {
		LoginThrottleEntry entry = new LoginThrottleEntry("address:203.0.113.9", NINE);
		fail(entry, 99, NINE, ADDRESS);
		assertThat(entry.lockedFor(NINE, ADDRESS)).isEmpty();

		entry.failed(NINE, ADDRESS);

		assertThat(entry.lockedFor(NINE, ADDRESS)).hasValue(Duration.ofMinutes(15));
	}

	private static void fail(LoginThrottleEntry entry, int times, Instant at, LoginLimit limit) {
		for (int i = 0; i < times; i++) {
			entry.failed(at, limit);
		}
	}

}
