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

	public record PaymentRequestDecided(UUID paymentRequestId, UUID dossierId, boolean approved) {
	}

	/** The grant is fully paid, or its balance paid and the rest released: the dossier is closed. */
	public record GrantSettled(UUID dossierId) {
	}

}
