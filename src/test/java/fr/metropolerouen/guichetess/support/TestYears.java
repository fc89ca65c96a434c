package fr.metropolerouen.guichetess.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Past budget years, one per test that needs an envelope of its own: the demo envelopes of the current year are
 * shared by all tests, so exact envelope arithmetic is checked on a year nobody else touches. The years 2017 to 2021
 * are kept for the history import test, whose annual summary must show only the grants it imported.
 */
public final class TestYears {

	public static final int HISTORY_FROM = 2017;

	public static final int HISTORY_TO = 2021;

	private static final AtomicInteger NEXT = new AtomicInteger(2001);

	private TestYears() {
	}

	public static int unused() {
		int year = NEXT.getAndIncrement();
		while (year >= HISTORY_FROM && year <= HISTORY_TO) {
			year = NEXT.getAndIncrement();
		}
		return year;
	}

}
