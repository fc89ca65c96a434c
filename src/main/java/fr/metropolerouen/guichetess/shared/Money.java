package fr.metropolerouen.guichetess.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Euro amounts are {@link BigDecimal} with exactly two decimals; this is the one place that says so. */
public final class Money {

	public static final BigDecimal ZERO = euros(BigDecimal.ZERO);

	private Money() {
	}

	/** Normalises an amount already validated to have at most two decimals. */
	public static BigDecimal euros(BigDecimal amount) {
		return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	/** Rounds a computed amount down to the cent: an aid is never rounded up beyond what the rule allows. */
	public static BigDecimal roundedDown(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.DOWN);
	}

	public static BigDecimal orZero(BigDecimal amount) {
		return amount == null ? ZERO : amount;
	}

}
