package fr.metropolerouen.guichetess.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.dossier.DossierSnapshot;
import fr.metropolerouen.guichetess.dossier.Dossiers;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.shared.InvalidRequestException.FieldError;
import fr.metropolerouen.guichetess.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment orders as the finance software sees them: those waiting for their payment, and the payments it reports back,
 * matched by the order's reference.
 */
@Service
public class PaymentOrders {

	private final PaymentRequestRepository requests;

	private final Dossiers dossiers;

	private final PaymentChain chain;

	PaymentOrders(PaymentRequestRepository requests, Dossiers dossiers, PaymentChain chain) {
		this.requests = requests;
		this.dossiers = dossiers;
		this.chain = chain;
	}

	/** A payment order: what the accountant pays, to whom, and whether it was paid. */
	public record PaymentOrderView(String orderReference, UUID paymentRequestId, UUID dossierId,
			String dossierReference, AidScheme scheme, UUID organisationId, PaymentKind kind, Integer leaseYear,
			BigDecimal amount, Instant orderedAt, PaymentStatus status, LocalDate paidOn, String paymentReference) {
	}

	/** Whether a reported payment was recorded now, or had been already with the same reference. */
	public enum Recorded {

		PAID, ALREADY_PAID

	}

	/** Orders waiting for their payment ({@code paid} false), or those paid, oldest first. */
	@Transactional(readOnly = true)
	public List<PaymentOrderView> list(boolean paid) {
		return requests
			.findByStatusInOrderByOrderedAtAscNumberAsc(EnumSet.of(paid ? PaymentStatus.PAID : PaymentStatus.ORDERED))
			.stream()
			.map(request -> view(request, dossiers.get(request.dossierId())))
			.toList();
	}

	/** Requests liquidated by the officer and waiting for finance to issue their payment order. */
	@Transactional(readOnly = true)
	public List<PaymentOrderView> awaitingOrder() {
		return requests.findByStatusInOrderByOrderedAtAscNumberAsc(EnumSet.of(PaymentStatus.LIQUIDATED))
			.stream()
			.map(request -> view(request, dossiers.get(request.dossierId())))
			.toList();
	}

	/**
	 * Records the payment of the order {@code orderReference}, in a transaction of its own, as reported by the finance
	 * software; the amount must be the order's.
	 */
	public Recorded recordPayment(String orderReference, LocalDate paidOn, String paymentReference, BigDecimal amount,
			Actor finance) {
		PaymentRequest request = requests.findByOrderReference(orderReference)
			.orElseThrow(() -> new NotFoundException("Aucun mandat n'a la référence « " + orderReference + " »."));
		if (amount.compareTo(request.liquidatedAmount()) != 0) {
			throw new InvalidRequestException("Le paiement ne correspond pas au mandat.",
					List.of(new FieldError("montant", "le montant payé (" + FrenchFormat.euros(amount)
							+ ") diffère du montant mandaté (" + FrenchFormat.euros(request.liquidatedAmount()) + ")")));
		}
		boolean already = request.status() == PaymentStatus.PAID
				&& paymentReference.strip().equals(request.paymentReference());
		chain.recordPayment(request.id(), paidOn, paymentReference, finance);
		return already ? Recorded.ALREADY_PAID : Recorded.PAID;
	}

	private static PaymentOrderView view(PaymentRequest request, DossierSnapshot dossier) {
		return new PaymentOrderView(request.orderReference(), request.id(), dossier.id(), dossier.reference(),
				dossier.scheme(), dossier.organisationId(), request.kind(), request.leaseYear(),
				request.liquidatedAmount(), request.orderedAt(), request.status(), request.paidOn(),
				request.paymentReference());
	}

}
