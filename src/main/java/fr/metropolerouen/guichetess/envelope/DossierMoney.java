package fr.metropolerouen.guichetess.envelope;

import java.math.BigDecimal;

import fr.metropolerouen.guichetess.shared.Money;

/**
 * What a dossier's grant has reserved (engaged), given back (released), been paid, and been asked back (recovered).
 */
public record DossierMoney(BigDecimal engaged, BigDecimal released, BigDecimal paid, BigDecimal recovered) {

	public static final DossierMoney NONE = new DossierMoney(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

	/** Engaged − released − paid: what may still be paid. */
	public BigDecimal remainingToPay() {
		return engaged.subtract(released).subtract(paid);
	}

	/** Paid − recovered: what the beneficiary keeps, and the most that can still be recovered. */
	public BigDecimal netPaid() {
		return paid.subtract(recovered);
	}

}
