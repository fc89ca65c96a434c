package fr.metropolerouen.guichetess.account;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A login refused without looking at the password: too many recent failures for that user name or address. */
class LoginThrottledException extends AuthenticationException {

	private final Duration retryAfter;

	LoginThrottledException(Duration retryAfter) {
		super("Too many failed logins");
		this.retryAfter = retryAfter;
	}

	Duration retryAfter() {
		return retryAfter;
	}

	/** Whole minutes, rounded up: "réessayez dans 1 minute" rather than "dans 0 minute". */
	long minutes() {
		return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
	}

}
