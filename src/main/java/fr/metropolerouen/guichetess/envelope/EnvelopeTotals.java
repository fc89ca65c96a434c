package fr.metropolerouen.guichetess.envelope;

import java.math.BigDecimal;

import fr.metropolerouen.guichetess.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An envelope's running totals, as carried by each ledger entry. The column names are those of the totals after the
 * entry; the entry maps the totals before it onto the {@code previous_} columns.
 */
@Embeddable
class EnvelopeTotals {

	static final EnvelopeTotals NONE = new EnvelopeTotals(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

	@Column(name = "allocated_total")
	private BigDecimal allocated;

	@Column(name = "engaged_total")
	private BigDecimal engaged;

	@Column(name = "released_total")
	private BigDecimal released;

	@Column(name = "paid_total")
	private BigDecimal paid;

	@Column(name = "recovered_total")
	private BigDecimal recovered;

	protected EnvelopeTotals() {
	}

	private EnvelopeTotals(BigDecimal allocated, BigDecimal engaged, BigDecimal released, BigDecimal paid,
			BigDecimal recovered) {
		this.allocated = allocated;
		this.engaged = engaged;
		this.released = released;
		this.paid = paid;
		this.recovered = recovered;
	}

	/** The totals once a movement of this kind and amount is added. */
	EnvelopeTotals after(EntryKind kind, BigDecimal amount) {
		return switch (kind) {
			case ALLOCATION, AMENDMENT_INCREASE ->
				new EnvelopeTotals(allocated.add(amount), engaged, released, paid, recovered);
			case AMENDMENT_DECREASE -> new EnvelopeTotals(allocated.subtract(amount), engaged, released, paid, recovered);
			case ENGAGEMENT -> new EnvelopeTotals(allocated, engaged.add(amount), released, paid, recovered);
			case RELEASE -> new EnvelopeTotals(allocated, engaged, released.add(amount), paid, recovered);
			case PAYMENT -> new EnvelopeTotals(allocated, engaged, released, paid.add(amount), recovered);
			case RECOVERY -> new EnvelopeTotals(allocated, engaged, released, paid, recovered.add(amount));
		};
	}

	/** A copy, so that an entry never shares its values with the entry it follows. */
	EnvelopeTotals copy() {
		return new EnvelopeTotals(allocated, engaged, released, paid, recovered);
	}

	BigDecimal allocated() {
		return allocated;
	}

	BigDecimal engaged() {
		return engaged;
	}

	BigDecimal released() {
		return released;
	}

	BigDecimal paid() {
		return paid;
	}

	BigDecimal recovered() {
		return recovered;
	}

	/** What can still be engaged: allocated − engaged + released. */
	BigDecimal available() {
		return allocated.subtract(engaged).add(released);
	}

	/** What is engaged and neither released nor paid yet: engaged − released − paid. */
	BigDecimal remainingToPay() {
		return engaged.subtract(released).subtract(paid);
	}

	/** The totals as the audit trail records them, before and after a movement. */
	String auditText() {
		return "allocated=" + allocated.toPlainString() + " engaged=" + engaged.toPlainString() + " released="
				+ released.toPlainString() + " paid=" + paid.toPlainString() + " recovered=" + recovered.toPlainString();
	}

}
