package fr.metropolerouen.guichetess.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** How what remains to pay on a grant is expected over the years its plan has left. */
class PaymentSchedulesTests {

	private static final SortedMap<Integer, BigDecimal> PLAN = plan(Map.of(2027, "7500.00", 2028, "4500.00", 2029,
			"3000.00"));

	@Test
	void aGrantPaidAsPlannedIsExpectedOnItsPlan() {
		assertThat(PaymentSchedules.expected(new BigDecimal("15000.00"), PLAN, 2026)).isEqualTo(PLAN);
	}

	@Test
	void anInstalmentNotPaidInItsYearIsExpectedThisYear() {
		SortedMap<Integer, BigDecimal> expected = PaymentSchedules.expected(new BigDecimal("15000.00"), PLAN, 2028);

		assertThat(expected).isEqualTo(plan(Map.of(2028, "12000.00", 2029, "3000.00")));
	}

	@Test
	void whatWasPaidAheadOfThePlanComesOffItsLastYears() {
		// 9 000 € paid in 2027 instead of 7 500 €: 6 000 € remain, the 1 500 € paid ahead come off 2029
		SortedMap<Integer, BigDecimal> expected = PaymentSchedules.expected(new BigDecimal("6000.00"), PLAN, 2028);

		assertThat(expected).isEqualTo(plan(Map.of(2028, "4500.00", 2029, "1500.00")));
	}

	@Test
	void aReleaseLargerThanTheLastYearEmptiesItAndCutsTheYearBefore() {
		SortedMap<Integer, BigDecimal> expected = PaymentSchedules.expected(new BigDecimal("9000.00"), PLAN, 2027);

		assertThat(expected).isEqualTo(plan(Map.of(2027, "7500.00", 2028, "1500.00")));
	}

	@Test
	void nothingIsExpectedOnceNothingRemainsToPay() {
		assertThat(PaymentSchedules.expected(new BigDecimal("0.00"), PLAN, 2027)).isEmpty();
		assertThat(PaymentSchedules.expected(new BigDecimal("0.00"), PLAN, 2031)).isEmpty();
	}

	@Test
	void aGrantWhosePlanIsOverIsExpectedInFullThisYear() {
		assertThat(PaymentSchedules.expected(new BigDecimal("3000.00"), PLAN, 2031))
			.isEqualTo(plan(Map.of(2031, "3000.00")));
	}

	private static SortedMap<Integer, BigDecimal> plan(Map<Integer, String> amounts) {
		SortedMap<Integer, BigDecimal> plan = new TreeMap<>();
		amounts.forEach((year, amount) -> plan.put(year, new BigDecimal(amount)));
		return plan;
	}

}
