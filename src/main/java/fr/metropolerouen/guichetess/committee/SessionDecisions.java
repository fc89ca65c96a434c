package fr.metropolerouen.guichetess.committee;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.dossier.DossierLifecycle;
import fr.metropolerouen.guichetess.dossier.DossierSnapshot;
import fr.metropolerouen.guichetess.dossier.Dossiers;
import fr.metropolerouen.guichetess.eligibility.RuleEvaluation;
import fr.metropolerouen.guichetess.envelope.EnvelopeLedger;
import fr.metropolerouen.guichetess.scheme.SchemeCatalogue;
import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.shared.InvalidRequestException.FieldError;
import fr.metropolerouen.guichetess.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the decisions of a held session. They take effect only when the session closes, but everything that would
 * prevent it is checked now: the quorum without the members who declared an interest, the amount against the
 * request and the proposal, the de minimis ceiling, and the envelope, which must cover this grant beside those
 * recorded in every session not closed yet. A decision may be corrected until the closing, with its reason.
 */
@Service
@Transactional
class SessionDecisions {

	private final CommitteeSessionRepository sessions;

	private final AgendaItemRepository items;

	private final AgendaDecisionRepository decisions;

	private final SessionMemberRepository members;

	private final AgendaConflictRepository conflicts;

	private final DossierLifecycle lifecycle;

	private final Dossiers dossiers;

	private final EnvelopeLedger ledger;

	private final RuleEvaluation rules;

	private final SchemeCatalogue schemes;

	private final SessionViews views;

	private final Clock clock;

	SessionDecisions(CommitteeSessionRepository sessions, AgendaItemRepository items,
			AgendaDecisionRepository decisions, SessionMemberRepository members, AgendaConflictRepository conflicts,
			DossierLifecycle lifecycle, Dossiers dossiers, EnvelopeLedger ledger, RuleEvaluation rules,
			SchemeCatalogue schemes, SessionViews views, Clock clock) {
		this.dossiers = dossiers;
		this.sessions = sessions;
		this.items = items;
		this.decisions = decisions;
		this.members = members;
		this.conflicts = conflicts;
		this.lifecycle = lifecycle;
		this.ledger = ledger;
		this.rules = rules;
		this.schemes = schemes;
		this.views = views;
		this.clock = clock;
	}

	SessionView decide(UUID sessionId, UUID dossierId, DecisionOutcome outcome, BigDecimal amount, String reasons,
			String correctionReason, Actor secretary) {
		CommitteeSession session = sessions.findForUpdate(sessionId).orElseThrow(CommitteeSessions::sessionNotFound);
		session.requireNotClosed();
		holdIfNeeded(session, secretary);
		AgendaItem item = items.findBySessionIdAndDossierId(sessionId, dossierId)
			.orElseThrow(() -> new NotFoundException("Ce dossier n'est pas à l'ordre du jour de cette séance."));
		DossierSnapshot dossier = lifecycle.lock(dossierId, Actor.SYSTEM);
		String cleanReasons = blankToNull(reasons);
		BigDecimal decided = outcome == DecisionOutcome.GRANTED ? amount : null;
		if (item.outcome() != null && item.isRecordedAs(outcome, decided, cleanReasons)) {
			return views.of(session);
		}
		String correction = blankToNull(correctionReason);
		if (item.outcome() != null && correction == null) {
			throw invalid("correctionReason", "est obligatoire pour corriger la décision déjà enregistrée sur ce dossier");
		}
		checkQuorum(session, item);
		switch (outcome) {
			case GRANTED -> checkGrant(session, item, dossier, amount, cleanReasons);
			case REFUSED -> {
				if (cleanReasons == null) {
					throw invalid("reasons", "sont obligatoires pour un refus");
				}
			}
			case DEFERRED -> {
				// an adjournment needs no reason; the dossier comes back at the next session
			}
		}
		item.record(outcome, decided, cleanReasons, clock.instant(), secretary.username());
		decisions.save(new AgendaDecision(item.id(), outcome, decided, cleanReasons, correction, clock.instant(),
				secretary.username()));
		return views.of(session);
	}

	/** Decisions recorded on a planned session without members convened hold it: presence is not recorded then. */
	private void holdIfNeeded(CommitteeSession session, Actor secretary) {
		if (session.status() != SessionStatus.PLANNED) {
			return;
		}
		if (!members.findBySessionIdOrderByPosition(session.id()).isEmpty()) {
			throw new ConflictException("Enregistrez d'abord les membres présents à la séance : le quorum se constate "
					+ "avant de délibérer.");
		}
		session.hold(null, FrenchFormat.today(clock), clock.instant(), secretary.username());
	}

	/** More than half of the members convened must take part: those present, less those who declared an interest. */
	private void checkQuorum(CommitteeSession session, AgendaItem item) {
		if (session.quorumReached() == null) {
			return;
		}
		List<SessionMember> convened = members.findBySessionIdOrderByPosition(session.id());
		Set<UUID> withInterest = conflicts.findByItemIdIn(List.of(item.id()))
			.stream()
			.map(AgendaConflict::memberId)
			.collect(Collectors.toSet());
		long voting = convened.stream()
			.filter(SessionMember::isPresent)
			.filter(member -> !withInterest.contains(member.id()))
			.count();
		if (voting * 2 <= convened.size()) {
			throw new ConflictException("Le quorum n'est pas atteint pour ce dossier : " + voting + " membre(s) sur "
					+ convened.size() + " peuvent y prendre part. Le Bureau ne peut pas en délibérer.");
		}
	}

	private void checkGrant(CommitteeSession session, AgendaItem item, DossierSnapshot dossier, BigDecimal amount,
			String reasons) {
		if (amount == null || amount.signum() <= 0) {
			throw invalid("amount", "est obligatoire et doit être strictement positif pour accorder l'aide");
		}
		if (amount.compareTo(dossier.data().requestedAmount()) > 0) {
			throw invalid("amount", "ne peut pas dépasser le montant demandé ("
					+ FrenchFormat.euros(dossier.data().requestedAmount()) + ")");
		}
		if (dossier.proposedAmount() != null && amount.compareTo(dossier.proposedAmount()) > 0 && reasons == null) {
			throw invalid("reasons", "sont obligatoires pour accorder plus que le montant proposé ("
					+ FrenchFormat.euros(dossier.proposedAmount()) + ")");
		}
		checkDeMinimis(dossier, item, amount, session.date());
		checkEnvelope(session.date(), item, amount);
	}

	/**
	 * De minimis is judged at the grant (EU 2023/2831): the room left by the aid already granted, less the grants to
	 * the same organisation recorded in sessions not closed yet. The closing checks it again.
	 */
	private void checkDeMinimis(DossierSnapshot dossier, AgendaItem item, BigDecimal granted, LocalDate decisionDate) {
		BigDecimal pending = items.findPending()
			.stream()
			.filter(other -> other.grantedAmount() != null && !other.dossierId().equals(item.dossierId()))
			.filter(other -> dossiers.get(other.dossierId()).organisationId().equals(dossier.organisationId()))
			.map(PendingAgendaItem::grantedAmount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal room = rules.deMinimisRoom(dossier.id(), decisionDate).subtract(pending).max(BigDecimal.ZERO);
		if (granted.compareTo(room) > 0) {
			throw new ConflictException("Le plafond des aides de minimis (règlement (UE) 2023/2831) serait dépassé : "
					+ "cette structure ne peut plus recevoir que " + FrenchFormat.euros(room) + " sur les trois ans "
					+ "précédant la décision.");
		}
	}

	/**
	 * The envelope must cover this grant beside the grants recorded in sessions not closed yet; the envelope stays
	 * locked until this decision is saved, so two decisions on it are judged one after the other.
	 */
	private void checkEnvelope(LocalDate sessionDate, AgendaItem item, BigDecimal amount) {
		int year = sessionDate.getYear();
		BigDecimal available = ledger.lockAndGetAvailable(item.scheme(), year);
		BigDecimal reserved = items.grantedInOpenSessions(item.scheme(), year, item.id());
		BigDecimal left = available.subtract(reserved);
		if (amount.compareTo(left) > 0) {
			throw new ConflictException("L'enveloppe " + schemes.name(item.scheme()) + " " + year
					+ " ne dispose plus que de " + FrenchFormat.euros(left.max(BigDecimal.ZERO))
					+ (reserved.signum() > 0 ? " (" + FrenchFormat.euros(reserved)
							+ " sont déjà accordés par des séances non closes)" : "")
					+ " : l'aide de " + FrenchFormat.euros(amount) + " ne peut pas être accordée.");
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static InvalidRequestException invalid(String field, String message) {
		return new InvalidRequestException("La décision est incomplète ou invalide.",
				List.of(new FieldError(field, message)));
	}

}
