package fr.metropolerouen.guichetess.payment;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fr.metropolerouen.guichetess.envelope.DossierMoney;
import fr.metropolerouen.guichetess.envelope.EnvelopeLedger;
import fr.metropolerouen.guichetess.shared.Money;
import org.springframework.stereotype.Component;

/** Applies {@link AmountDue} to a dossier as the ledger and its earlier payment requests stand. */
@Component
class DueAmounts {

	private final PaymentRequestRepository requests;

	private final EnvelopeLedger ledger;

	private final GrantPaymentPlans plans;

	DueAmounts(PaymentRequestRepository requests, EnvelopeLedger ledger, GrantPaymentPlans plans) {
		this.requests = requests;
		this.ledger = ledger;
		this.plans = plans;
	}

	/** What {@code claim} may be paid, counting every other request of the dossier ({@code self} is left out). */
	AmountDue.Due of(UUID dossierId, UUID self, AmountDue.Claim claim) {
		DossierMoney money = ledger.moneyOf(dossierId);
		return AmountDue.of(plans.termsOf(dossierId, currentGrant(money)), history(dossierId, self, money), claim);
	}

	/**
	 * The lease year a Location claim is for when the beneficiary does not say: the first one not claimed by the
	 * dossier's other requests ({@code self} is left out).
	 */
	int nextLeaseYear(UUID dossierId, UUID self) {
		return AmountDue.nextLeaseYear(history(dossierId, self, ledger.moneyOf(dossierId)).leaseYearsTaken());
	}

	/** Whether paying this request ends the grant: a balance, or the instalment of the last lease year. */
	boolean isLast(PaymentRequest request) {
		return switch (request.kind()) {
			case BALANCE -> true;
			case ANNUAL_INSTALMENT -> request.leaseYear() != null && request.leaseYear() >= plans
				.termsOf(request.dossierId(), currentGrant(ledger.moneyOf(request.dossierId())))
				.leaseYearParts()
				.size();
			default -> false;
		};
	}

	/** The grant as it stands: engaged, less what was released or withdrawn and recovered. */
	private static BigDecimal currentGrant(DossierMoney money) {
		return money.engaged().subtract(money.released()).subtract(money.recovered());
	}

	private AmountDue.History history(UUID dossierId, UUID self, DossierMoney money) {
		List<PaymentRequest> others = requests.findByDossierIdOrderByNumber(dossierId)
			.stream()
			.filter(request -> !request.id().equals(self) && request.status() != PaymentStatus.REJECTED)
			.toList();
		BigDecimal expenses = others.stream()
			.filter(request -> request.status().paid() && request.kind().needsProofs())
			.map(PaymentRequest::expensesCounted)
			.reduce(Money.ZERO, BigDecimal::add);
		boolean advanced = others.stream().anyMatch(request -> request.kind() == PaymentKind.ADVANCE);
		return new AmountDue.History(money.netPaid(), money.remainingToPay(), expenses, advanced,
				money.paid().signum() > 0 || !others.isEmpty(), leaseYearsTaken(others));
	}

	/** Requests paid before lease years were recorded took the first years free, in the order they were made. */
	private static Set<Integer> leaseYearsTaken(List<PaymentRequest> others) {
		Set<Integer> taken = new HashSet<>();
		others.stream().map(PaymentRequest::leaseYear).filter(year -> year != null).forEach(taken::add);
		others.stream()
			.filter(request -> request.kind() == PaymentKind.ANNUAL_INSTALMENT && request.leaseYear() == null)
			.forEach(request -> taken.add(AmountDue.nextLeaseYear(taken)));
		return taken;
	}

}
