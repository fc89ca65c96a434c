package fr.metropolerouen.guichetess.envelope;

import java.math.BigDecimal;

import fr.metropolerouen.guichetess.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A dossier's running totals, carried by each ledger entry that concerns the dossier. */
@Embeddable
class DossierTotals {

	static final DossierTotals NONE = new DossierTotals(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

	@Column(name = "dossier_engaged_total")
	private BigDecimal engaged;

	@Column(name = "dossier_released_total")
	private BigDecimal released;

	@Column(name = "dossier_paid_total")
	private BigDecimal paid;

	@Column(name = "dossier_recovered_total")
	private BigDecimal recovered;

	protected DossierTotals() {
	}

	private DossierTotals(BigDecimal engaged, BigDecimal released, BigDecimal paid, BigDecimal recovered) {
		this.engaged = engaged;
		this.released = released;
		this.paid = paid;
		this.recovered = recovered;
	}

	DossierTotals after(EntryKind kind, BigDecimal amount) {
		return switch (kind) {
			case ENGAGEMENT -> new DossierTotals(engaged.add(amount), released, paid, recovered);
			case RELEASE -> new DossierTotals(engaged, released.add(amount), paid, recovered);
			case PAYMENT -> new DossierTotals(engaged, released, paid.add(amount), recovered);
			case RECOVERY -> new DossierTotals(engaged, released, paid, recovered.add(amount));
			case ALLOCATION, AMENDMENT_INCREASE, AMENDMENT_DECREASE ->
				throw new IllegalArgumentException(kind + " does not concern a dossier");
		};
	}

	DossierTotals copy() {
		return new DossierTotals(engaged, released, paid, recovered);
	}

	DossierMoney money() {
		return new DossierMoney(engaged, released, paid, recovered);
	}

}
