package fr.metropolerouen.guichetess.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For any sequence of claims on a grant, each liquidated by the rules and paid, on a model of the dossier's ledger
 * (engaged = paid + released + remaining): nothing is ever paid beyond the engagement, no payment is negative or above
 * its claim, the ledger balances after every step, the grant's settlement releases exactly what was not paid, and
 * Immobilier never pays more than the aid rate on the expenses justified (once past the advance), nor Location a
 * lease year twice or above its planned part.
 */
class PaymentSequencePropertiesTests {

	private static final List<BigDecimal> RATES = List.of(new BigDecimal("0.50"), new BigDecimal("0.30"),
			new BigDecimal("0.20"));

	record Step(PaymentKind kind, BigDecimal claimed, BigDecimal expenses, int leaseYear, int months) {
	}

	@Property(tries = 300)
	void immobilierPaymentsNeverExceedTheEngagementNorTheRateOnProofs(@ForAll("grants") BigDecimal grant,
			@ForAll("rates") BigDecimal aidRate, @ForAll("advanceRates") BigDecimal advanceRate,
			@ForAll("worksSteps") List<Step> steps) {
		BigDecimal planned = grant.divide(aidRate, 2, RoundingMode.UP);
		AmountDue.Terms terms = new AmountDue.Terms(grant, planned, advanceRate, List.of(), List.of());
		Ledger ledger = new Ledger(grant);
		BigDecimal justified = BigDecimal.ZERO;
		boolean advanced = false;
		for (Step step : steps) {
			if (ledger.settled) {
				break;
			}
			AmountDue.Due due;
			try {
				due = AmountDue.of(terms, new AmountDue.History(ledger.paid, ledger.remaining(), justified, advanced,
						ledger.paid.signum() > 0 || advanced, Set.of()), new AmountDue.Claim(step.kind(), step.claimed(),
								step.expenses(), 0, 12));
			}
			catch (IllegalArgumentException refused) {
				continue;
			}
			assertThat(due.amount()).isBetween(BigDecimal.ZERO, step.claimed());
			ledger.pay(due.amount());
			advanced |= step.kind() == PaymentKind.ADVANCE;
			if (step.kind() != PaymentKind.ADVANCE) {
				justified = justified.add(step.expenses());
				BigDecimal rateOnProofs = grant.multiply(justified).divide(planned, 2, RoundingMode.DOWN);
				BigDecimal advance = grant.multiply(advanceRate).setScale(2, RoundingMode.DOWN);
				assertThat(ledger.paid).as("paid within the rate on proofs, or the advance")
					.isLessThanOrEqualTo(rateOnProofs.max(advance).min(grant));
			}
			if (due.last()) {
				ledger.settle();
			}
		}
	}

	@Property(tries = 300)
	void locationInstalmentsNeverExceedTheirYearNorTheEngagement(@ForAll("grants") BigDecimal grant,
			@ForAll("rentSteps") List<Step> steps) {
		List<BigDecimal> parts = GrantPaymentPlans.leaseYearParts(grant, 36, RATES);
		assertThat(parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(grant);
		AmountDue.Terms terms = new AmountDue.Terms(grant, null, BigDecimal.ZERO, parts, RATES);
		Ledger ledger = new Ledger(grant);
		Set<Integer> paidYears = new HashSet<>();
		for (Step step : steps) {
			if (ledger.settled) {
				break;
			}
			AmountDue.Due due;
			try {
				due = AmountDue.of(terms, new AmountDue.History(ledger.paid, ledger.remaining(), BigDecimal.ZERO, false,
						ledger.paid.signum() > 0, Set.copyOf(paidYears)), new AmountDue.Claim(step.kind(), step.claimed(),
								step.expenses(), step.leaseYear(), step.months()));
			}
			catch (IllegalArgumentException refused) {
				assertThat(step.leaseYear() > parts.size() || paidYears.contains(step.leaseYear())).isTrue();
				continue;
			}
			BigDecimal part = parts.get(step.leaseYear() - 1);
			assertThat(due.amount()).isBetween(BigDecimal.ZERO, step.claimed());
			assertThat(due.amount()).as("the year's part, pro rata of the months occupied")
				.isLessThanOrEqualTo(part.multiply(BigDecimal.valueOf(step.months()))
					.divide(BigDecimal.valueOf(12), 2, RoundingMode.DOWN));
			ledger.pay(due.amount());
			paidYears.add(step.leaseYear());
			if (due.last()) {
				ledger.settle();
			}
		}
	}

	/** A dossier's figures in the ledger, with the invariants its database constraints enforce. */
	private static final class Ledger {

		private final BigDecimal engaged;

		private BigDecimal paid = BigDecimal.ZERO;

		private BigDecimal released = BigDecimal.ZERO;

		private boolean settled;

		Ledger(BigDecimal engaged) {
			this.engaged = engaged;
		}

		BigDecimal remaining() {
			return engaged.subtract(paid).subtract(released);
		}

		void pay(BigDecimal amount) {
			assertThat(amount.scale()).isLessThanOrEqualTo(2);
			assertThat(amount).as("a payment never exceeds what remains").isLessThanOrEqualTo(remaining());
			paid = paid.add(amount);
			balances();
		}

		void settle() {
			BigDecimal before = remaining();
			released = released.add(before);
			settled = true;
			balances();
			assertThat(paid.add(released)).isEqualByComparingTo(engaged);
		}

		private void balances() {
			assertThat(paid).isLessThanOrEqualTo(engaged);
			assertThat(remaining().signum()).isGreaterThanOrEqualTo(0);
			assertThat(paid.add(released).add(remaining())).isEqualByComparingTo(engaged);
		}

	}

	@Provide
	Arbitrary<BigDecimal> grants() {
		return Arbitraries.bigDecimals().between(new BigDecimal("100.00"), new BigDecimal("200000.00")).ofScale(2);
	}

	@Provide
	Arbitrary<BigDecimal> rates() {
		return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("1.00")).ofScale(2);
	}

	@Provide
	Arbitrary<BigDecimal> advanceRates() {
		return Arbitraries.of(BigDecimal.ZERO, new BigDecimal("0.10"), new BigDecimal("0.20"), new BigDecimal("0.50"));
	}

	@Provide
	Arbitrary<List<Step>> worksSteps() {
		Arbitrary<Step> step = Combinators
			.combine(Arbitraries.of(PaymentKind.ADVANCE, PaymentKind.INTERIM, PaymentKind.BALANCE), amounts(),
					amounts().map(amount -> amount.multiply(BigDecimal.TEN)))
			.as((kind, claimed, expenses) -> new Step(kind, claimed, expenses, 0, 12));
		return step.list().ofMinSize(1).ofMaxSize(8);
	}

	@Provide
	Arbitrary<List<Step>> rentSteps() {
		Arbitrary<Step> step = Combinators
			.combine(amounts(), amounts().map(amount -> amount.multiply(BigDecimal.valueOf(3))),
					Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 12))
			.as((claimed, rent, year, months) -> new Step(PaymentKind.ANNUAL_INSTALMENT, claimed, rent, year, months));
		return step.list().ofMinSize(1).ofMaxSize(6);
	}

	private static Arbitrary<BigDecimal> amounts() {
		return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("150000.00")).ofScale(2);
	}

}
