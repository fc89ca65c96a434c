package fr.metropolerouen.guichetess.account;

import java.time.Duration;

/**
 * How many failed logins are allowed within a window before logins are refused, first for {@code firstLock}, then
 * for twice as long after each further lock, up to {@code longestLock}.
 */
record LoginLimit(int maxFailures, Duration window, Duration firstLock, Duration longestLock) {

	LoginLimit {
		if (maxFailures < 1 || window.isNegative() || firstLock.isNegative() || longestLock.compareTo(firstLock) < 0) {
			throw new IllegalArgumentException("Invalid login limit: " + maxFailures + " in " + window + ", lock "
					+ firstLock + " to " + longestLock);
		}
	}

	Duration lockAfter(int lockouts) {
		Duration lock = firstLock;
		for (int i = 1; i < lockouts && lock.compareTo(longestLock) < 0; i++) {
			lock = lock.multipliedBy(2);
		}
		return lock.compareTo(longestLock) > 0 ? longestLock : lock;
	}

}
