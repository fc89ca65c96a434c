package fr.metropolerouen.guichetess.payment;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a payment request stands in the spending chain: claimed, liquidated (service done certified, amount fixed),
 * ordered (payment order issued), paid. {@code APPROVED} is a request validated and paid at once by finance, the
 * first path of the API, still served.
 */
public enum PaymentStatus {

	PENDING("En attente de liquidation"), LIQUIDATED("Liquidée, en attente du mandat"),
	ORDERED("Mandatée, en attente du paiement"), PAID("Payée"), APPROVED("Validée et mise en paiement"),
	REJECTED("Rejetée");

	/** Requests still moving along the chain: a dossier has at most one at a time. */
	static final Set<PaymentStatus> IN_PROGRESS = EnumSet.of(PENDING, LIQUIDATED, ORDERED);

	private final String frenchLabel;

	PaymentStatus(String frenchLabel) {
		this.frenchLabel = frenchLabel;
	}

	public String frenchLabel() {
		return frenchLabel;
	}

	boolean inProgress() {
		return IN_PROGRESS.contains(this);
	}

	/** Money went out for this request. */
	boolean paid() {
		return this == PAID || this == APPROVED;
	}

}
