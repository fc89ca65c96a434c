package fr.metropolerouen.guichetess.support;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Past budget years, one per test that needs an envelope of its own: the demo envelopes of the current and next
 * years are shared by all tests, so exact envelope arithmetic is checked on a year nobody else touches. A test that
 * opens the envelope of one scheme only asks for that scheme's year ({@link #unusedFor}); the other scheme's envelope
 * of that year stays free for another test. The years 2017 to 2021 are kept for the history import test, whose
 * annual summary must show only the grants it imported. Decisions need a session in the past: there are about
 * twenty years per scheme before the current one; a test that needs none should compare figures before and after on
 * the shared envelopes instead.
 */
public final class TestYears {

	public static final int HISTORY_FROM = 2017;

	public static final int HISTORY_TO = 2021;

	private static final int FIRST = 2000;

	private static final Set<String> TAKEN = new HashSet<>();

	private TestYears() {
	}

	/** A year whose envelopes of both schemes are free. */
	public static synchronized int unused() {
		return take(List.of(DossierSteps.IMMOBILIER, DossierSteps.LOCATION));
	}

	/** A year whose envelope of this scheme is free. */
	public static synchronized int unusedFor(String scheme) {
		return take(List.of(scheme));
	}

	/**
	 * A year whose envelopes of both schemes are free and whose dossiers can be judged: the rule sets are in force
	 * from 2017 and the history import keeps 2017-2021, so the years after it, latest first (the others take the
	 * earliest years).
	 */
	public static synchronized int unusedUnderRuleSets() {
		int thisYear = DossierSteps.today().getYear();
		return take(List.of(DossierSteps.IMMOBILIER, DossierSteps.LOCATION),
				IntStream.iterate(thisYear - 1, year -> year > HISTORY_TO, year -> year - 1));
	}

	private static int take(List<String> schemes) {
		return take(schemes, IntStream.range(FIRST, DossierSteps.today().getYear())
			.filter(year -> year < HISTORY_FROM || year > HISTORY_TO));
	}

	/** The first of the candidate years whose envelopes of these schemes are free, now taken. */
	private static int take(List<String> schemes, IntStream candidates) {
		int year = candidates.filter(candidate -> schemes.stream().noneMatch(s -> TAKEN.contains(s + candidate)))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No budget year left for an envelope of " + schemes
					+ ": let some tests share the current year's envelopes"));
		schemes.forEach(scheme -> TAKEN.add(scheme + year));
		return year;
	}

}
