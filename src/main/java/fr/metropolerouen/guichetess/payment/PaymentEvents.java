package fr.metropolerouen.guichetess.payment;

import java.util.UUID;

/** What the payment module announces, inside the transaction of the change. */
public final class PaymentEvents {

	private PaymentEvents() {
	}

	public record PaymentRequested(UUID paymentRequestId, UUID dossierId, String reference, int number) {
	}

	/**
	 * The beneficiary claimed the last payment of the grant (an Immobilier balance, or the instalment of the last year
	 * of rent): the deadline for completing the operation is met, whatever finance then decides.
	 */
	public record FinalPaymentRequested(UUID paymentRequestId, UUID dossierId) {
	}

	/** The officer certified the service done and fixed the amount (liquidation). */
	public record PaymentLiquidated(UUID paymentRequestId, UUID dossierId) {
	}

	/** Finance issued the payment order (mandat). */
	public record PaymentOrdered(UUID paymentRequestId, UUID dossierId) {
	}

	/**
	 * The money left: recorded by finance at the end of the chain, or at the one-step validation ({@code oneStep}),
	 * which answers every step of the chain at once.
	 */
	public record PaymentMade(UUID paymentRequestId, UUID dossierId, boolean oneStep) {
	}

	/** Announced when a request ends: paid ({@code approved}) or rejected. */
	public record PaymentRequestDecided(UUID paymentRequestId, UUID dossierId, boolean approved) {
	}

	/** The grant is fully paid, or its balance paid and the rest released: the dossier is closed. */
	public record GrantSettled(UUID dossierId) {
	}

}
