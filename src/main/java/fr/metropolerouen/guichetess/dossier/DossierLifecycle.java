package fr.metropolerouen.guichetess.dossier;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The state changes that other modules (the process engine, the committee, payments) make on a dossier. Each one
 * locks the dossier, checks its status and writes the timeline.
 */
@Service
@Transactional
public class DossierLifecycle {

	private final DossierAccess access;

	private final DossierJournal journal;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final GrantConditions conditions;

	DossierLifecycle(DossierAccess access, DossierJournal journal, ApplicationEventPublisher events, Clock clock,
			GrantConditions conditions) {
		this.conditions = conditions;
		this.access = access;
		this.journal = journal;
		this.events = events;
		this.clock = clock;
	}

	public EligibilityVerdict recordEligibility(UUID dossierId, List<CriterionOutcome> criteria) {
		Dossier dossier = lock(dossierId);
		dossier.recordEligibility(criteria, clock.instant());
		EligibilityVerdict verdict = dossier.eligibility().verdict();
		journal.recordChange(dossier, dossier.status(), Actor.SYSTEM, TimelineAction.ELIGIBILITY_ASSESSED,
				eligibilitySummary(verdict, criteria));
		return verdict;
	}

	public void recordSuggestedAmount(UUID dossierId, BigDecimal amount) {
		Dossier dossier = lock(dossierId);
		dossier.recordSuggestedAmount(amount);
		journal.recordChange(dossier, dossier.status(), Actor.SYSTEM, TimelineAction.AMOUNT_SUGGESTED,
				"Montant suggéré par les règles du dispositif : " + FrenchFormat.euros(amount) + ".");
	}

	/** A reminder is due: recorded and announced only while documents are still awaited. */
	public void remindMissingDocuments(UUID dossierId) {
		Dossier dossier = lock(dossierId);
		if (dossier.status() != DossierStatus.AWAITING_DOCUMENTS) {
			return;
		}
		journal.recordChange(dossier, dossier.status(), Actor.SYSTEM, TimelineAction.DOCUMENTS_REMINDER_SENT,
				"Relance adressée au porteur de projet.");
		events.publishEvent(new DossierEvents.MissingDocumentsReminded(dossierId));
	}

	public void closeWithoutFollowUp(UUID dossierId) {
		Dossier dossier = lock(dossierId);
		DossierStatus before = dossier.status();
		dossier.closeWithoutFollowUp(clock.instant());
		journal.recordChange(dossier, before, Actor.SYSTEM, TimelineAction.CLOSED_WITHOUT_FOLLOW_UP,
				"Pièces manquantes non transmises dans le délai.");
	}

	/** Checks that a dossier can be put before the committee, and records that it was. */
	public DossierSnapshot placeOnAgenda(UUID dossierId, Actor actor, String details) {
		Dossier dossier = lock(dossierId);
		dossier.requireAwaitingCommittee();
		journal.recordChange(dossier, dossier.status(), actor, TimelineAction.PLACED_ON_AGENDA, details);
		return DossierSnapshot.of(dossier);
	}

	/**
	 * Grants the aid by the numbered deliberation of {@code decisionDate}, and freezes the conditions of the dossier's
	 * rule-set version as they stand today.
	 */
	public DossierSnapshot grant(UUID dossierId, BigDecimal amount, LocalDate decisionDate, String deliberationNumber,
			Actor actor, String details) {
		Dossier dossier = lock(dossierId);
		DossierStatus before = dossier.status();
		dossier.grant(amount, decisionDate, deliberationNumber,
				conditions.freeze(dossier.scheme(), dossier.ruleSetVersion()));
		journal.recordChange(dossier, before, actor, TimelineAction.GRANTED, details);
		return DossierSnapshot.of(dossier);
	}

	public DossierSnapshot refuse(UUID dossierId, String reasons, LocalDate decisionDate, String deliberationNumber,
			Actor actor, String details) {
		Dossier dossier = lock(dossierId);
		DossierStatus before = dossier.status();
		dossier.refuse(reasons, decisionDate, deliberationNumber, clock.instant());
		journal.recordChange(dossier, before, actor, TimelineAction.REFUSED, details);
		return DossierSnapshot.of(dossier);
	}

	public void recordDeferral(UUID dossierId, Actor actor, String details) {
		Dossier dossier = lock(dossierId);
		dossier.requireAwaitingCommittee();
		journal.recordChange(dossier, dossier.status(), actor, TimelineAction.DEFERRED, details);
	}

	public void close(UUID dossierId, Actor actor, String details) {
		Dossier dossier = lock(dossierId);
		DossierStatus before = dossier.status();
		dossier.close(clock.instant());
		journal.recordChange(dossier, before, actor, TimelineAction.CLOSED, details);
	}

	/** The whole grant is withdrawn after a contradictory procedure: the dossier ends as « Aide retirée ». */
	public void withdrawGrant(UUID dossierId, Actor actor, String details) {
		Dossier dossier = lock(dossierId);
		DossierStatus before = dossier.status();
		dossier.withdrawGrant(clock.instant());
		journal.recordChange(dossier, before, actor, TimelineAction.GRANT_WITHDRAWN, details);
	}

	/** The grant lapsed (caducité): no payment can be requested any more. */
	public void lapse(UUID dossierId, String details) {
		Dossier dossier = lock(dossierId);
		DossierStatus before = dossier.status();
		dossier.lapse(clock.instant());
		journal.recordChange(dossier, before, Actor.SYSTEM, TimelineAction.LAPSED, details);
	}

	/** Locks the dossier for a module that must serialise its own changes on it (payments, decisions). */
	public DossierSnapshot lock(UUID dossierId, Actor actor) {
		return DossierSnapshot.of(access.visibleForUpdate(dossierId, actor));
	}

	private Dossier lock(UUID dossierId) {
		return access.visibleForUpdate(dossierId, Actor.SYSTEM);
	}

	private static String eligibilitySummary(EligibilityVerdict verdict, List<CriterionOutcome> criteria) {
		String result = switch (verdict) {
			case ELIGIBLE -> "Résultat automatique : éligible.";
			case NEEDS_REVIEW -> "Résultat automatique : à examiner par l'instructeur.";
			case INELIGIBLE -> "Résultat automatique : inéligible.";
		};
		String flagged = criteria.stream()
			.filter(c -> c.outcome() != CriterionOutcome.Outcome.MET)
			.map(CriterionOutcome::code)
			.collect(Collectors.joining(", "));
		return flagged.isEmpty() ? result : result + " Critères concernés : " + flagged + ".";
	}

}
