package fr.metropolerouen.guichetess.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/** When a grant is expected to be paid, year by year (crédits de paiement). */
class GrantPaymentPlansTests {

	private static final List<BigDecimal> DEGRESSIVE = List.of(new BigDecimal("0.50"), new BigDecimal("0.30"),
			new BigDecimal("0.20"));

	@Test
	void aRentGrantFollowsTheDegressiveRatesAndIsPaidWhenEachLeaseYearEnds() {
		SortedMap<Integer, BigDecimal> plan = GrantPaymentPlans.rentPlan(new BigDecimal("15000.00"),
				LocalDate.of(2026, 6, 15), LocalDate.of(2026, 3, 1), 36, DEGRESSIVE);

		assertThat(plan).containsExactly(Map.entry(2027, new BigDecimal("7500.00")),
				Map.entry(2028, new BigDecimal("4500.00")), Map.entry(2029, new BigDecimal("3000.00")));
	}

	@Test
	void aLeaseStartingInJanuaryEndsItsFirstYearTheSameYear() {
		SortedMap<Integer, BigDecimal> plan = GrantPaymentPlans.rentPlan(new BigDecimal("12000.00"),
				LocalDate.of(2025, 12, 10), LocalDate.of(2026, 1, 1), 36, DEGRESSIVE);

		assertThat(plan.keySet()).containsExactly(2026, 2027, 2028);
	}

	@Test
	void aShortLeaseOnlyCoversTheMonthsItLasts() {
		// 12 months at 50 % and 6 at 30 %: weights 6 and 1.8
		SortedMap<Integer, BigDecimal> plan = GrantPaymentPlans.rentPlan(new BigDecimal("7800.00"),
				LocalDate.of(2026, 7, 20), LocalDate.of(2026, 8, 1), 18, DEGRESSIVE);

		assertThat(plan).containsExactly(Map.entry(2027, new BigDecimal("6000.00")),
				Map.entry(2028, new BigDecimal("1800.00")));
	}

	@Test
	void twoLeaseYearsEndingInTheSameBudgetYearArePlannedTogether() {
		SortedMap<Integer, BigDecimal> plan = GrantPaymentPlans.rentPlan(new BigDecimal("7800.00"),
				LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 1), 18, DEGRESSIVE);

		assertThat(plan).containsExactly(Map.entry(2027, new BigDecimal("7800.00")));
	}

	@Test
	void theCentsLeftByRoundingGoToTheLastYear() {
		SortedMap<Integer, BigDecimal> plan = GrantPaymentPlans.rentPlan(new BigDecimal("1000.01"),
				LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 1), 36, DEGRESSIVE);

		assertThat(plan.values()).containsExactly(new BigDecimal("500.00"), new BigDecimal("300.00"),
				new BigDecimal("200.01"));
	}

	@Test
	void aLeaseThatStartedLongBeforeTheDecisionIsNotPlannedInThePast() {
		SortedMap<Integer, BigDecimal> plan = GrantPaymentPlans.rentPlan(new BigDecimal("3000.00"),
				LocalDate.of(2026, 9, 1), LocalDate.of(2024, 1, 1), 36, DEGRESSIVE);

		assertThat(plan).containsExactly(Map.entry(2026, new BigDecimal("3000.00")));
	}

	@Test
	void worksAreExpectedToBePaidWhenTheyEnd() {
		GrantPaymentPlans plans = new GrantPaymentPlans(null, null, new PaymentPlanProperties(Period.ofMonths(24), 36));

		assertThat(plans.worksPlan(new BigDecimal("45000.00"), LocalDate.of(2026, 6, 15), LocalDate.of(2026, 11, 1)))
			.containsExactly(Map.entry(2028, new BigDecimal("45000.00")));
		assertThat(plans.worksPlan(new BigDecimal("45000.00"), LocalDate.of(2026, 6, 15), LocalDate.of(2025, 2, 1)))
			.as("works begun before the decision are counted from the decision")
			.containsExactly(Map.entry(2028, new BigDecimal("45000.00")));
		assertThat(plans.worksPlan(new BigDecimal("45000.00"), LocalDate.of(2026, 6, 15), null))
			.containsExactly(Map.entry(2028, new BigDecimal("45000.00")));
	}

	@Property
	void aRentPlanSpreadsTheWholeGrantFromTheDecisionYearOn(
			@ForAll @BigRange(min = "0.01", max = "200000") @Scale(2) BigDecimal amount,
			@ForAll @IntRange(min = 1, max = 240) int months, @ForAll @IntRange(min = -800, max = 800) int leaseOffsetDays,
			@ForAll @IntRange(min = 0, max = 100) int first, @ForAll @IntRange(min = 0, max = 100) int second,
			@ForAll @IntRange(min = 0, max = 100) int third) {
		LocalDate decision = LocalDate.of(2026, 5, 20);
		List<BigDecimal> rates = List.of(BigDecimal.valueOf(first, 2), BigDecimal.valueOf(second, 2),
				BigDecimal.valueOf(third, 2));

		SortedMap<Integer, BigDecimal> plan = GrantPaymentPlans.rentPlan(amount, decision,
				decision.plusDays(leaseOffsetDays), Math.min(months, 36), rates);

		assertThat(plan.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(amount);
		assertThat(plan.values()).allSatisfy(part -> {
			assertThat(part.signum()).isPositive();
			assertThat(part.scale()).isEqualTo(2);
		});
		assertThat(plan.firstKey()).isGreaterThanOrEqualTo(2026);
		assertThat(plan.lastKey()).isLessThanOrEqualTo(2026 + 6);
	}

}
