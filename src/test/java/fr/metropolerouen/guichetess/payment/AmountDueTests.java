package fr.metropolerouen.guichetess.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The liquidation rules of both schemes on worked examples. */
class AmountDueTests {

	private static final AmountDue.Terms WORKS = new AmountDue.Terms(euros("30000.00"), euros("450000.00"),
			new BigDecimal("0.20"), List.of(), List.of());

	private static final AmountDue.Terms RENT = new AmountDue.Terms(euros("15000.00"), null, BigDecimal.ZERO,
			GrantPaymentPlans.leaseYearParts(euros("15000.00"), 36,
					List.of(new BigDecimal("0.50"), new BigDecimal("0.30"), new BigDecimal("0.20"))),
			List.of(new BigDecimal("0.50"), new BigDecimal("0.30"), new BigDecimal("0.20")));

	@Test
	void anAdvanceIsTheRuleSetShareOfTheGrantAndComesFirstAndOnce() {
		AmountDue.Due advance = AmountDue.of(WORKS, nothingPaid(WORKS), claim(PaymentKind.ADVANCE, "9000.00", "0"));

		assertThat(advance.amount()).isEqualByComparingTo("6000.00");
		assertThat(advance.explanation()).contains("20 %");
		assertThatThrownBy(() -> AmountDue.of(WORKS, history("6000.00", "24000.00", "0", true), claim(PaymentKind.ADVANCE,
				"1000.00", "0")))
			.hasMessageContaining("qu'une fois");
		AmountDue.Terms noAdvance = new AmountDue.Terms(euros("30000.00"), euros("450000.00"), BigDecimal.ZERO,
				List.of(), List.of());
		assertThatThrownBy(() -> AmountDue.of(noAdvance, nothingPaid(noAdvance), claim(PaymentKind.ADVANCE, "1.00", "0")))
			.hasMessageContaining("aucune avance");
	}

	@Test
	void anInterimPaysTheAidRateOnTheExpensesJustifiedSoFarLessWhatWasPaid() {
		AmountDue.Due interim = AmountDue.of(WORKS, history("6000.00", "24000.00", "0", true),
				claim(PaymentKind.INTERIM, "20000.00", "150000.00"));

		assertThat(interim.amount()).as("30 000 × 150 000 / 450 000 − 6 000").isEqualByComparingTo("4000.00");
		assertThat(interim.last()).isFalse();
	}

	@Test
	void aBalanceOnLowerFinalExpensesReducesTheGrantProRataToTheCent() {
		AmountDue.Due balance = AmountDue.of(WORKS, history("10000.00", "20000.00", "150000.00", true),
				claim(PaymentKind.BALANCE, "20000.00", "183333.33"));

		assertThat(balance.amount()).as("30 000 × 333 333,33 / 450 000 = 22 222,22, less 10 000 paid")
			.isEqualByComparingTo("12222.22");
		assertThat(balance.last()).isTrue();
	}

	@Test
	void expensesBeyondThoseForeseenNeverRaiseTheGrant() {
		AmountDue.Due balance = AmountDue.of(WORKS, history("10000.00", "20000.00", "150000.00", true),
				claim(PaymentKind.BALANCE, "50000.00", "900000.00"));

		assertThat(balance.amount()).isEqualByComparingTo("20000.00");
	}

	@Test
	void nothingIsDueWhenTheAdvanceAlreadyCoversTheExpensesJustified() {
		AmountDue.Due interim = AmountDue.of(WORKS, history("6000.00", "24000.00", "0", true),
				claim(PaymentKind.INTERIM, "1000.00", "45000.00"));

		assertThat(interim.amount()).isEqualByComparingTo("0.00");
	}

	@Test
	void aRentInstalmentIsTheYearsPlannedPartReducedForMonthsNotOccupied() {
		assertThat(RENT.leaseYearParts()).containsExactly(euros("7500.00"), euros("4500.00"), euros("3000.00"));

		AmountDue.Due partYear = AmountDue.of(RENT, nothingPaid(RENT),
				new AmountDue.Claim(PaymentKind.ANNUAL_INSTALMENT, euros("7500.00"), euros("15000.00"), 1, 7));

		assertThat(partYear.amount()).as("7 500 × 7 / 12").isEqualByComparingTo("4375.00");
		assertThat(partYear.last()).isFalse();
	}

	@Test
	void aRentInstalmentNeverExceedsTheYearsRateOnTheRentJustified() {
		AmountDue.Due fewReceipts = AmountDue.of(RENT, nothingPaid(RENT),
				new AmountDue.Claim(PaymentKind.ANNUAL_INSTALMENT, euros("7500.00"), euros("10000.00"), 1, 12));

		assertThat(fewReceipts.amount()).as("50 % of 10 000").isEqualByComparingTo("5000.00");
	}

	@Test
	void eachLeaseYearIsPaidOnceAndTheLastOneEndsTheGrant() {
		AmountDue.History yearOnePaid = new AmountDue.History(euros("7500.00"), euros("7500.00"), euros("0"), false, true,
				Set.of(1));

		assertThatThrownBy(() -> AmountDue.of(RENT, yearOnePaid,
				new AmountDue.Claim(PaymentKind.ANNUAL_INSTALMENT, euros("1.00"), euros("15000.00"), 1, 12)))
			.hasMessageContaining("déjà été versée");
		assertThatThrownBy(() -> AmountDue.of(RENT, yearOnePaid,
				new AmountDue.Claim(PaymentKind.ANNUAL_INSTALMENT, euros("1.00"), euros("15000.00"), 4, 12)))
			.hasMessageContaining("années de bail 1 à 3");
		assertThat(AmountDue.of(RENT, yearOnePaid,
				new AmountDue.Claim(PaymentKind.ANNUAL_INSTALMENT, euros("3000.00"), euros("15000.00"), 3, 12)).last())
			.isTrue();
		assertThat(AmountDue.nextLeaseYear(Set.of(1, 3))).isEqualTo(2);
	}

	@Test
	void theAmountIsCappedByTheClaimAndByWhatRemainsOfTheGrant() {
		AmountDue.Due claimedLess = AmountDue.of(WORKS, nothingPaid(WORKS),
				claim(PaymentKind.INTERIM, "1000.00", "450000.00"));
		AmountDue.Due littleLeft = AmountDue.of(WORKS, history("0", "500.00", "0", false),
				claim(PaymentKind.INTERIM, "30000.00", "450000.00"));

		assertThat(claimedLess.amount()).isEqualByComparingTo("1000.00");
		assertThat(littleLeft.amount()).isEqualByComparingTo("500.00");
	}

	private static AmountDue.History nothingPaid(AmountDue.Terms terms) {
		return new AmountDue.History(euros("0"), terms.grant(), euros("0"), false, false, Set.of());
	}

	private static AmountDue.History history(String paid, String remaining, String expenses, boolean advanced) {
		return new AmountDue.History(euros(paid), euros(remaining), euros(expenses), advanced, true, Set.of());
	}

	private static AmountDue.Claim claim(PaymentKind kind, String claimed, String expenses) {
		return new AmountDue.Claim(kind, euros(claimed), euros(expenses), 0, 12);
	}

	private static BigDecimal euros(String amount) {
		return new BigDecimal(amount).setScale(2);
	}

}
