package fr.metropolerouen.guichetess.clawback;

import java.math.BigDecimal;

import fr.metropolerouen.guichetess.envelope.DossierMoney;
import fr.metropolerouen.guichetess.shared.Money;

/**
 * The money a withdrawal moves: what is withdrawn, of which the part not yet paid is released to the envelope and
 * the part already paid is ordered back (recovered). Nothing for a dropped procedure.
 */
record WithdrawalDecision(WithdrawalOutcome outcome, BigDecimal withdrawn, BigDecimal released, BigDecimal recovered,
		String recoveryOrderReference) {

	static final WithdrawalDecision DROPPED = new WithdrawalDecision(WithdrawalOutcome.DROP, null, null, null, null);

	/**
	 * Splits the withdrawn amount: first what remains to pay (it is simply not paid), then what was paid and not
	 * already recovered.
	 */
	static WithdrawalDecision of(WithdrawalOutcome outcome, BigDecimal withdrawn, DossierMoney money) {
		BigDecimal released = Money.euros(withdrawn.min(money.remainingToPay()));
		return new WithdrawalDecision(outcome, Money.euros(withdrawn), released,
				Money.euros(withdrawn.subtract(released)), null);
	}

	/** What a full withdrawal takes: the grant as it stands, net of earlier releases and recoveries. */
	static BigDecimal grantInForce(DossierMoney money) {
		return Money.euros(money.remainingToPay().add(money.netPaid()));
	}

	boolean ordersARecovery() {
		return recovered != null && recovered.signum() > 0;
	}

	WithdrawalDecision withRecoveryOrder(String reference) {
		return new WithdrawalDecision(outcome, withdrawn, released, recovered, reference);
	}

}
