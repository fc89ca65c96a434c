package fr.metropolerouen.guichetess.steering;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Median and 90th percentile as a spreadsheet's MEDIAN and PERCENTILE.INC give them, in days. */
class PercentilesTests {

	private static final long DAY = 86_400;

	@Test
	void interpolatesBetweenTheClosestRanksLikePercentileInc() {
		List<Long> days = List.of(2 * DAY, 9 * DAY, 3 * DAY, 7 * DAY);

		assertThat(Percentiles.inDays(days, Percentiles.MEDIAN)).isEqualByComparingTo("5.0");
		assertThat(Percentiles.inDays(days, Percentiles.NINETIETH)).isEqualByComparingTo("8.4");
	}

	@Test
	void anOddCountHasItsMiddleValueAsMedianAndOneValueIsEveryPercentile() {
		assertThat(Percentiles.inDays(List.of(DAY, 5 * DAY, 2 * DAY), Percentiles.MEDIAN)).isEqualByComparingTo("2.0");
		assertThat(Percentiles.inDays(List.of(3 * DAY), Percentiles.NINETIETH)).isEqualByComparingTo("3.0");
	}

	@Test
	void hoursBecomeTenthsOfADayRoundedHalfUp() {
		assertThat(Percentiles.inDays(List.of(DAY + 3 * 3600), Percentiles.MEDIAN)).as("1 day 3 h = 1.125 d")
			.isEqualByComparingTo("1.1");
		assertThat(Percentiles.inDays(List.of(DAY + 6 * 3600), Percentiles.MEDIAN)).as("1 day 6 h = 1.25 d")
			.isEqualByComparingTo("1.3");
	}

	@Test
	void noDurationHasNoPercentile() {
		assertThat(Percentiles.inDays(List.of(), Percentiles.MEDIAN)).isNull();
	}

}
