package fr.metropolerouen.guichetess.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The recent failed logins of one user name or one address, and the lock they earned. Rows live in the database so
 * that every node of a cluster counts the same failures.
 */
@Entity
@Table(name = "login_throttle")
class LoginThrottleEntry {

	@Id
	@Column(name = "throttle_key")
	private String key;

	@Column(nullable = false)
	private int failures;

	@Column(name = "window_start", nullable = false)
	private Instant windowStart;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(nullable = false)
	private int lockouts;

	protected LoginThrottleEntry() {
	}

	LoginThrottleEntry(String key, Instant now) {
		this.key = key;
		this.windowStart = now;
	}

	/**
	 * How long logins stay refused. A lock further away than the longest delay comes from a clock that went back
	 * (tests, a time correction): it is ignored rather than left to lock the user for years.
	 */
	Optional<Duration> lockedFor(Instant now, LoginLimit limit) {
		if (lockedUntil == null || !now.isBefore(lockedUntil)) {
			return Optional.empty();
		}
		Duration left = Duration.between(now, lockedUntil);
		return left.compareTo(limit.longestLock()) > 0 ? Optional.empty() : Optional.of(left);
	}

	/** Counts one failure; the last one allowed in the window locks, each lock twice as long as the one before. */
	void failed(Instant now, LoginLimit limit) {
		if (lockedUntil != null && now.isAfter(lockedUntil.plus(limit.longestLock()))) {
			lockouts = 0;
		}
		if (now.isBefore(windowStart) || !now.isBefore(windowStart.plus(limit.window()))) {
			windowStart = now;
			failures = 0;
		}
		failures++;
		if (failures >= limit.maxFailures()) {
			lockouts++;
			lockedUntil = now.plus(limit.lockAfter(lockouts));
			failures = 0;
			windowStart = now;
		}
	}

	String key() {
		return key;
	}

}
