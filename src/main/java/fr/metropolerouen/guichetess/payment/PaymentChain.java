package fr.metropolerouen.guichetess.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.dossier.DossierJournal;
import fr.metropolerouen.guichetess.dossier.DossierLifecycle;
import fr.metropolerouen.guichetess.dossier.DossierSnapshot;
import fr.metropolerouen.guichetess.dossier.TimelineAction;
import fr.metropolerouen.guichetess.envelope.EnvelopeLedger;
import fr.metropolerouen.guichetess.envelope.ReleaseReason;
import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.shared.InvalidRequestException.FieldError;
import fr.metropolerouen.guichetess.shared.Money;
import fr.metropolerouen.guichetess.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public spending chain after a claim: the officer certifies the service done and fixes the amount due
 * (liquidation), finance issues the payment order (mandatement), then records the payment, which moves the envelope
 * and may settle the grant. Every step locks the dossier first, so steps of one dossier apply one after the other;
 * the ledger refuses to pay a dossier beyond its engagement and to pay a request twice.
 */
@Service
@Transactional
public class PaymentChain {

	private final PaymentRequestRepository requests;

	private final DossierLifecycle lifecycle;

	private final DossierJournal journal;

	private final EnvelopeLedger ledger;

	private final DueAmounts dueAmounts;

	private final PaymentGuards guards;

	private final PaymentRequestViews views;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PaymentChain(PaymentRequestRepository requests, DossierLifecycle lifecycle, DossierJournal journal,
			EnvelopeLedger ledger, DueAmounts dueAmounts, PaymentGuards guards, PaymentRequestViews views,
			ApplicationEventPublisher events, Clock clock) {
		this.views = views;
		this.requests = requests;
		this.lifecycle = lifecycle;
		this.journal = journal;
		this.ledger = ledger;
		this.dueAmounts = dueAmounts;
		this.guards = guards;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What the officer fixes: the expenses (or rent) accepted among those claimed, the months occupied (Location), an
	 * amount below the one due if need be, and a note. Each may be left out: the claim's own figures then apply.
	 */
	public record Liquidation(BigDecimal acceptedExpenses, Integer monthsOccupied, BigDecimal amount, String note) {
	}

	/** The officer certifies the service done and fixes the amount, at most what the grant's rules make due. */
	public PaymentRequestView certify(UUID requestId, Liquidation liquidation, Actor officer) {
		Locked locked = lock(requestId);
		PaymentRequest request = locked.request();
		DossierSnapshot dossier = locked.dossier();
		guards.requirePaymentsOpen(dossier.id());
		BigDecimal accepted = accepted(request, liquidation.acceptedExpenses());
		int months = liquidation.monthsOccupied() != null ? liquidation.monthsOccupied()
				: request.monthsOccupied() == null ? 12 : request.monthsOccupied();
		AmountDue.Due due = due(request, accepted, months, request.claimedAmount());
		BigDecimal amount = liquidation.amount() == null ? due.amount() : Money.euros(liquidation.amount());
		if (amount.compareTo(due.amount()) > 0) {
			throw invalid("amount", "ne peut pas dépasser le montant dû (" + FrenchFormat.euros(due.amount()) + ") : "
					+ due.explanation());
		}
		if (amount.signum() == 0) {
			throw new ConflictException("Rien n'est dû sur cette demande : " + due.explanation()
					+ " Rejetez-la en donnant le motif.");
		}
		String note = due.explanation() + (liquidation.note() == null || liquidation.note().isBlank() ? ""
				: " " + liquidation.note().strip());
		request.liquidate(amount, accepted, request.kind() == PaymentKind.ANNUAL_INSTALMENT ? months : null, note,
				clock.instant(), officer.username());
		journal.record(dossier.id(), officer, TimelineAction.PAYMENT_LIQUIDATED, "Demande n° " + request.number()
				+ " : service fait certifié, " + FrenchFormat.euros(amount) + " liquidés.");
		events.publishEvent(new PaymentEvents.PaymentLiquidated(request.id(), dossier.id()));
		return views.of(request, dossier);
	}

	/** Finance issues the payment order for the amount liquidated; its reference is the request's. */
	public PaymentRequestView order(UUID requestId, Actor finance) {
		Locked locked = lock(requestId);
		PaymentRequest request = locked.request();
		DossierSnapshot dossier = locked.dossier();
		guards.requirePaymentsOpen(dossier.id());
		if (request.status() == PaymentStatus.LIQUIDATED) {
			requireRemaining(dossier, request.liquidatedAmount());
		}
		request.order(dossier.reference() + "-V" + request.number(), clock.instant(), finance.username());
		journal.record(dossier.id(), finance, TimelineAction.PAYMENT_ORDERED, "Demande n° " + request.number()
				+ " : mandat " + request.orderReference() + " de " + FrenchFormat.euros(request.liquidatedAmount())
				+ " émis.");
		events.publishEvent(new PaymentEvents.PaymentOrdered(request.id(), dossier.id()));
		return views.of(request, dossier);
	}

	/**
	 * Finance records the payment of an order. Recording it again with the same payment reference changes nothing and
	 * answers the request as it is: a retried call or a file imported twice never pays twice.
	 */
	public PaymentRequestView recordPayment(UUID requestId, LocalDate paidOn, String paymentReference, Actor finance) {
		Locked locked = lock(requestId);
		PaymentRequest request = locked.request();
		DossierSnapshot dossier = locked.dossier();
		String reference = paymentReference.strip();
		if (request.status() == PaymentStatus.PAID && reference.equals(request.paymentReference())) {
			return views.of(request, dossier);
		}
		if (paidOn.isAfter(FrenchFormat.today(clock))) {
			throw invalid("paidOn", "ne peut pas être dans le futur");
		}
		if (request.orderedAt() != null && paidOn.isBefore(LocalDate.ofInstant(request.orderedAt(), FrenchFormat.ZONE))) {
			throw invalid("paidOn", "ne peut pas précéder le mandat");
		}
		request.recordPayment(paidOn, reference, clock.instant(), finance.username());
		ledger.pay(dossier.id(), request.id(), request.liquidatedAmount(), finance,
				dossier.reference() + " : mandat " + request.orderReference() + " payé (" + reference + ")");
		journal.record(dossier.id(), finance, TimelineAction.PAYMENT_MADE, "Mandat " + request.orderReference()
				+ " payé le " + FrenchFormat.longDate(paidOn) + " : " + FrenchFormat.euros(request.liquidatedAmount())
				+ " (référence " + reference + ").");
		paid(dossier, request, finance, false);
		return views.of(request, dossier);
	}

	/**
	 * The first path of the API: finance validates and pays a claim at once. The amount is checked by the same rules
	 * as a liquidation, on the claim's own figures.
	 */
	public PaymentRequestView approve(UUID requestId, BigDecimal amount, Actor finance) {
		Locked locked = lock(requestId);
		PaymentRequest request = locked.request();
		DossierSnapshot dossier = locked.dossier();
		request.require(PaymentStatus.PENDING, "validée");
		guards.requirePaymentsOpen(dossier.id());
		if (amount.compareTo(request.claimedAmount()) > 0) {
			throw invalid("amount", "ne peut pas dépasser le montant demandé (" + FrenchFormat.euros(request.claimedAmount())
					+ ")");
		}
		BigDecimal accepted = accepted(request, null);
		int months = request.monthsOccupied() == null ? 12 : request.monthsOccupied();
		AmountDue.Due due = due(request, accepted, months, amount);
		if (amount.compareTo(due.amount()) > 0) {
			throw invalid("amount", "ne peut pas dépasser le montant dû (" + FrenchFormat.euros(due.amount()) + ") : "
					+ due.explanation());
		}
		request.approve(amount, accepted, request.monthsOccupied(), due.explanation(), clock.instant(),
				finance.username());
		ledger.pay(dossier.id(), request.id(), Money.euros(amount), finance,
				dossier.reference() + " : demande de versement n° " + request.number());
		journal.record(dossier.id(), finance, TimelineAction.PAYMENT_APPROVED, "Demande n° " + request.number()
				+ " : " + FrenchFormat.euros(amount) + " mis en paiement.");
		paid(dossier, request, finance, true);
		return views.of(request, dossier);
	}

	/** The officer refuses a claim at the liquidation, or finance before issuing the order; the reason is required. */
	public PaymentRequestView reject(UUID requestId, String reason, Actor actor) {
		Locked locked = lock(requestId);
		PaymentRequest request = locked.request();
		DossierSnapshot dossier = locked.dossier();
		request.reject(reason.strip(), clock.instant(), actor.username());
		journal.record(dossier.id(), actor, TimelineAction.PAYMENT_REJECTED,
				"Demande n° " + request.number() + " rejetée : " + reason.strip());
		events.publishEvent(new PaymentEvents.PaymentRequestDecided(request.id(), dossier.id(), false));
		return views.of(request, dossier);
	}

	private void paid(DossierSnapshot dossier, PaymentRequest request, Actor finance, boolean oneStep) {
		if (dueAmounts.isLast(request) || ledger.moneyOf(dossier.id()).remainingToPay().signum() == 0) {
			settle(dossier, finance);
		}
		events.publishEvent(new PaymentEvents.PaymentMade(request.id(), dossier.id(), oneStep));
		events.publishEvent(new PaymentEvents.PaymentRequestDecided(request.id(), dossier.id(), true));
	}

	/** The last payment made: what was not consumed goes back to the envelope and the dossier closes. */
	private void settle(DossierSnapshot dossier, Actor finance) {
		BigDecimal released = ledger.releaseRemainder(dossier.id(), ReleaseReason.LOWER_FINAL_COST, finance,
				dossier.reference() + " : solde versé");
		if (released.signum() > 0) {
			journal.record(dossier.id(), finance, TimelineAction.ENGAGEMENT_RELEASED,
					FrenchFormat.euros(released) + " non consommés rendus à l'enveloppe.");
		}
		lifecycle.close(dossier.id(), finance,
				"Aide soldée : " + FrenchFormat.euros(ledger.moneyOf(dossier.id()).paid()) + " versés.");
		events.publishEvent(new PaymentEvents.GrantSettled(dossier.id()));
	}

	/**
	 * What the request may be paid. A rent instalment claimed before lease years were recorded is given the first
	 * year its dossier's other requests leave free.
	 */
	private AmountDue.Due due(PaymentRequest request, BigDecimal accepted, int months, BigDecimal claimed) {
		if (request.kind() == PaymentKind.ANNUAL_INSTALMENT && request.leaseYear() == null) {
			request.assignLeaseYear(dueAmounts.nextLeaseYear(request.dossierId(), request.id()));
		}
		try {
			return dueAmounts.of(request.dossierId(), request.id(), new AmountDue.Claim(request.kind(), claimed, accepted,
					request.leaseYear() == null ? 0 : request.leaseYear(), months));
		}
		catch (IllegalArgumentException refused) {
			throw new ConflictException("Cette demande ne peut pas être liquidée : " + refused.getMessage() + ".");
		}
	}

	private static BigDecimal accepted(PaymentRequest request, BigDecimal accepted) {
		BigDecimal claimed = Money.orZero(request.justifiedExpenses());
		if (accepted == null) {
			return claimed;
		}
		if (accepted.compareTo(claimed) > 0) {
			throw invalid("acceptedExpenses", "ne peut pas dépasser les dépenses justifiées par la demande ("
					+ FrenchFormat.euros(claimed) + ")");
		}
		return Money.euros(accepted);
	}

	private void requireRemaining(DossierSnapshot dossier, BigDecimal amount) {
		BigDecimal remaining = ledger.moneyOf(dossier.id()).remainingToPay();
		if (amount.compareTo(remaining) > 0) {
			throw new ConflictException("Il ne reste que " + FrenchFormat.euros(remaining) + " à verser sur l'aide du dossier "
					+ dossier.reference() + " : le mandat de " + FrenchFormat.euros(amount) + " ne peut pas être émis.");
		}
	}

	private record Locked(DossierSnapshot dossier, PaymentRequest request) {
	}

	/**
	 * Locks the request's dossier, then reads the request: read before the lock, it could be the state another step
	 * was changing, and a replayed call would fail instead of finding the step done.
	 */
	private Locked lock(UUID requestId) {
		UUID dossierId = requests.dossierIdOf(requestId).orElseThrow(PaymentChain::notFound);
		DossierSnapshot dossier = lifecycle.lock(dossierId, Actor.SYSTEM);
		return new Locked(dossier, requests.findById(requestId).orElseThrow(PaymentChain::notFound));
	}

	private static NotFoundException notFound() {
		return new NotFoundException("Demande de versement introuvable.");
	}

	private static InvalidRequestException invalid(String field, String message) {
		return new InvalidRequestException("Le versement ne peut pas être validé.",
				List.of(new FieldError(field, message)));
	}

}
