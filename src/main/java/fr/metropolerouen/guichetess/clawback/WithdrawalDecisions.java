package fr.metropolerouen.guichetess.clawback;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.dossier.DossierJournal;
import fr.metropolerouen.guichetess.dossier.DossierLifecycle;
import fr.metropolerouen.guichetess.dossier.DossierSnapshot;
import fr.metropolerouen.guichetess.dossier.DossierStatus;
import fr.metropolerouen.guichetess.dossier.TimelineAction;
import fr.metropolerouen.guichetess.envelope.DossierMoney;
import fr.metropolerouen.guichetess.envelope.EnvelopeLedger;
import fr.metropolerouen.guichetess.envelope.ReleaseReason;
import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.shared.InvalidRequestException.FieldError;
import fr.metropolerouen.guichetess.shared.Money;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer's motivated decision (L.211-2 4°) and its money, in one transaction: the withdrawn amount is first
 * released from what remains to pay, the rest (money already paid) is ordered back on a numbered recovery order. A
 * full withdrawal ends the dossier as « Aide retirée »; a partial one closes it when nothing remains to pay.
 * Lock order: dossier → recovery order counter → envelope.
 */
@Service
@Transactional
class WithdrawalDecisions {

	private final WithdrawalProcedures procedures;

	private final DossierLifecycle lifecycle;

	private final DossierJournal journal;

	private final EnvelopeLedger ledger;

	private final RecoveryOrderNumbers orderNumbers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WithdrawalDecisions(WithdrawalProcedures procedures, DossierLifecycle lifecycle, DossierJournal journal,
			EnvelopeLedger ledger, RecoveryOrderNumbers orderNumbers, ApplicationEventPublisher events, Clock clock) {
		this.procedures = procedures;
		this.lifecycle = lifecycle;
		this.journal = journal;
		this.ledger = ledger;
		this.orderNumbers = orderNumbers;
		this.events = events;
		this.clock = clock;
	}

	WithdrawalProcedureView decide(UUID procedureId, WithdrawalOutcome outcome, BigDecimal withdrawnAmount,
			String motivation, Actor officer) {
		WithdrawalProcedure procedure = procedures.find(procedureId);
		DossierSnapshot dossier = procedures.visibleLocked(procedure, officer);
		procedure.requireDecidable(today());
		WithdrawalDecision decision = moneyOf(outcome, withdrawnAmount, ledger.moneyOf(dossier.id()));
		if (decision.ordersARecovery()) {
			decision = decision.withRecoveryOrder(orderNumbers.next(today().getYear()));
		}
		String label = dossier.reference() + " : retrait n° " + procedure.number();
		if (decision.released() != null && decision.released().signum() > 0) {
			ledger.release(dossier.id(), decision.released(), ReleaseReason.WITHDRAWAL, "WITHDRAWAL:" + procedureId,
					officer, label);
			journal.record(dossier.id(), officer, TimelineAction.ENGAGEMENT_RELEASED, FrenchFormat.euros(
					decision.released()) + " non versés rendus à l'enveloppe (retrait de la décision).");
		}
		if (decision.ordersARecovery()) {
			ledger.recover(dossier.id(), decision.recovered(), "WITHDRAWAL:" + procedureId,
					decision.recoveryOrderReference(), officer, label + ", titre de recette "
							+ decision.recoveryOrderReference());
			journal.record(dossier.id(), officer, TimelineAction.RECOVERY_ORDERED, "Reversement de "
					+ FrenchFormat.euros(decision.recovered()) + " demandé (titre de recette "
					+ decision.recoveryOrderReference() + ").");
		}
		procedure.decide(decision, motivation.strip(), clock.instant(), officer.username());
		journal.record(dossier.id(), officer, TimelineAction.WITHDRAWAL_DECIDED, summary(procedure, decision));
		boolean grantEnded = endGrant(dossier, decision, officer);
		events.publishEvent(new WithdrawalEvents.WithdrawalDecided(procedure.id(), dossier.id(), outcome, grantEnded));
		return procedure.view(dossier.reference(), today());
	}

	private static WithdrawalDecision moneyOf(WithdrawalOutcome outcome, BigDecimal withdrawnAmount,
			DossierMoney money) {
		if (outcome != WithdrawalOutcome.WITHDRAW_PARTIAL && withdrawnAmount != null) {
			throw invalid("ne se donne que pour un retrait partiel");
		}
		BigDecimal grant = WithdrawalDecision.grantInForce(money);
		return switch (outcome) {
			case DROP -> WithdrawalDecision.DROPPED;
			case WITHDRAW_FULL -> {
				if (grant.signum() == 0) {
					throw new ConflictException("Il ne reste rien de l'aide à retirer : tout ce qui a été versé a déjà"
							+ " été reversé.");
				}
				yield WithdrawalDecision.of(outcome, grant, money);
			}
			case WITHDRAW_PARTIAL -> {
				if (withdrawnAmount == null) {
					throw invalid("est obligatoire pour un retrait partiel");
				}
				if (withdrawnAmount.signum() <= 0 || withdrawnAmount.compareTo(grant) >= 0) {
					throw invalid("doit être compris strictement entre 0 et l'aide en vigueur ("
							+ FrenchFormat.euros(grant) + ") ; pour tout retirer, choisissez le retrait total");
				}
				yield WithdrawalDecision.of(outcome, Money.euros(withdrawnAmount), money);
			}
		};
	}

	/** Whether the decision ended a grant that was still being paid, as the dossier's process must know. */
	private boolean endGrant(DossierSnapshot dossier, WithdrawalDecision decision, Actor officer) {
		boolean beingPaid = dossier.status() == DossierStatus.GRANTED;
		if (decision.outcome() == WithdrawalOutcome.WITHDRAW_FULL) {
			lifecycle.withdrawGrant(dossier.id(), officer, "Aide retirée en totalité : "
					+ FrenchFormat.euros(decision.withdrawn()) + ".");
			return beingPaid;
		}
		if (decision.outcome() == WithdrawalOutcome.WITHDRAW_PARTIAL && beingPaid
				&& ledger.moneyOf(dossier.id()).remainingToPay().signum() == 0) {
			lifecycle.close(dossier.id(), officer, "Aide réduite par un retrait partiel : plus rien à verser.");
			return true;
		}
		return false;
	}

	private static String summary(WithdrawalProcedure procedure, WithdrawalDecision decision) {
		String head = "Procédure n° " + procedure.number() + " : " + decision.outcome().frenchLabel().toLowerCase(
				FrenchFormat.FRENCH);
		if (!decision.outcome().withdraws()) {
			return head + ".";
		}
		return head + " de " + FrenchFormat.euros(decision.withdrawn()) + " (dont " + FrenchFormat.euros(
				decision.released()) + " non versés, " + FrenchFormat.euros(decision.recovered()) + " à reverser).";
	}

	private static InvalidRequestException invalid(String message) {
		return new InvalidRequestException("La décision ne peut pas être enregistrée.",
				List.of(new FieldError("withdrawnAmount", message)));
	}

	private LocalDate today() {
		return FrenchFormat.today(clock);
	}

}
