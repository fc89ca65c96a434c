package fr.metropolerouen.guichetess.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.Money;

/**
 * What a claim may be paid (liquidation), from the grant's terms and what was already paid (RULES §7.2, §7.3).
 * Immobilier: an advance of a share of the grant, then the aid rate (grant / planned eligible expenses) applied to the
 * eligible expenses justified so far, less what was paid; the balance does the same on the final expenses, so that a
 * cheaper operation gets a grant reduced pro rata. Location: each lease year's planned part, reduced pro rata for the
 * months not occupied, and never more than that year's rate applied to the rent justified by the receipts. Always
 * capped by what remains of the grant. Amounts are rounded down to the cent: the beneficiary is never paid a
 * fraction of a cent that the rule does not give.
 */
final class AmountDue {

	private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

	private AmountDue() {
	}

	/**
	 * The grant's terms, frozen at the decision.
	 *
	 * @param plannedExpenses the eligible expenses the grant was computed on (Immobilier)
	 * @param advanceRate the share of the grant that may be advanced without proofs (Immobilier; zero: no advance)
	 * @param leaseYearParts the grant split over the lease years (Location)
	 * @param leaseYearRates the aid rate of each lease year, applied to the rent (Location)
	 */
	record Terms(BigDecimal grant, BigDecimal plannedExpenses, BigDecimal advanceRate, List<BigDecimal> leaseYearParts,
			List<BigDecimal> leaseYearRates) {
	}

	/**
	 * What happened before this claim.
	 *
	 * @param paid paid so far (advance included)
	 * @param remainingToPay what remains of the engagement
	 * @param expensesJustified eligible expenses accepted on earlier paid requests
	 * @param advanced whether an advance was claimed already
	 * @param leaseYearsTaken lease years already paid or in progress
	 */
	record History(BigDecimal paid, BigDecimal remainingToPay, BigDecimal expensesJustified, boolean advanced,
			boolean anyPayment, Set<Integer> leaseYearsTaken) {
	}

	/** A claim: for Location, {@code leaseYear} (1 = first) and the months of that year the premises were occupied. */
	record Claim(PaymentKind kind, BigDecimal claimed, BigDecimal expenses, int leaseYear, int monthsOccupied) {
	}

	/** The amount due (zero when nothing is), why, and whether it is the grant's last payment. */
	record Due(BigDecimal amount, String explanation, boolean last) {
	}

	/** The first lease year not yet paid or in progress (1 when none is). */
	static int nextLeaseYear(Set<Integer> taken) {
		int year = 1;
		while (taken.contains(year)) {
			year++;
		}
		return year;
	}

	/**
	 * What the claim may be paid. A claim the rules refuse outright (a second advance, a lease year already paid or
	 * outside the grant) throws {@link IllegalArgumentException} with the French reason.
	 */
	static Due of(Terms terms, History history, Claim claim) {
		Due due = switch (claim.kind()) {
			case ADVANCE -> advance(terms, history);
			case INTERIM -> onExpenses(terms, history, claim, false);
			case BALANCE -> onExpenses(terms, history, claim, true);
			case ANNUAL_INSTALMENT -> instalment(terms, history, claim);
		};
		BigDecimal capped = min(min(due.amount(), claim.claimed()), history.remainingToPay()).max(Money.ZERO);
		return new Due(Money.euros(capped), due.explanation() + " Reste à verser sur l'aide : "
				+ FrenchFormat.euros(history.remainingToPay()) + ".", due.last());
	}

	private static Due advance(Terms terms, History history) {
		if (terms.advanceRate().signum() == 0) {
			throw new IllegalArgumentException("aucune avance n'est prévue par les règles de ce dispositif");
		}
		if (history.advanced() || history.anyPayment()) {
			throw new IllegalArgumentException("l'avance ne peut être demandée qu'une fois, avant tout autre versement");
		}
		BigDecimal advance = Money.roundedDown(terms.grant().multiply(terms.advanceRate()));
		return new Due(advance, "Avance de " + percent(terms.advanceRate()) + " de l'aide de "
				+ FrenchFormat.euros(terms.grant()) + " : " + FrenchFormat.euros(advance) + ".", false);
	}

	private static Due onExpenses(Terms terms, History history, Claim claim, boolean balance) {
		BigDecimal justified = history.expensesJustified().add(claim.expenses());
		BigDecimal entitled = min(terms.grant(), Money.roundedDown(
				terms.grant().multiply(justified).divide(terms.plannedExpenses(), 10, RoundingMode.DOWN)));
		BigDecimal due = entitled.subtract(history.paid());
		return new Due(due.max(Money.ZERO), "Dépenses éligibles justifiées : " + FrenchFormat.euros(justified)
				+ " sur " + FrenchFormat.euros(terms.plannedExpenses()) + " prévus, soit une aide de "
				+ FrenchFormat.euros(entitled) + (balance ? " au solde" : "") + ", dont "
				+ FrenchFormat.euros(history.paid()) + " déjà versés.", balance);
	}

	private static Due instalment(Terms terms, History history, Claim claim) {
		int year = claim.leaseYear();
		int years = terms.leaseYearParts().size();
		if (year < 1 || year > years) {
			throw new IllegalArgumentException("l'aide couvre les années de bail 1 à " + years);
		}
		if (history.leaseYearsTaken().contains(year)) {
			throw new IllegalArgumentException("l'année de bail " + year + " a déjà été versée ou est en cours de versement");
		}
		BigDecimal planned = terms.leaseYearParts().get(year - 1);
		BigDecimal prorata = Money.roundedDown(
				planned.multiply(BigDecimal.valueOf(claim.monthsOccupied())).divide(TWELVE, 10, RoundingMode.DOWN));
		BigDecimal rate = year <= terms.leaseYearRates().size() ? terms.leaseYearRates().get(year - 1) : BigDecimal.ZERO;
		BigDecimal onRent = Money.roundedDown(rate.multiply(claim.expenses()));
		BigDecimal due = rate.signum() == 0 ? prorata : min(prorata, onRent);
		return new Due(due, "Année de bail " + year + " : " + FrenchFormat.euros(planned) + " prévus, "
				+ claim.monthsOccupied() + " mois d'occupation sur 12, soit " + FrenchFormat.euros(prorata)
				+ " ; " + percent(rate) + " des loyers justifiés (" + FrenchFormat.euros(claim.expenses()) + ") : "
				+ FrenchFormat.euros(onRent) + ".", year == years);
	}

	private static BigDecimal min(BigDecimal a, BigDecimal b) {
		return a.min(b);
	}

	private static String percent(BigDecimal rate) {
		return rate.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString().replace('.', ',') + " %";
	}

}
