package fr.metropolerouen.guichetess.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Past budget years, one per test that needs an envelope of its own: the demo envelopes of the current year are
 * shared by all tests, so exact envelope arithmetic is checked on a year nobody else touches.
 */
public final class TestYears {

	private static final AtomicInteger NEXT = new AtomicInteger(2001);

	private TestYears() {
	}

	public static int unused() {
		return NEXT.getAndIncrement();
	}

}
