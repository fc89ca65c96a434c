package fr.metropolerouen.guichetess.committee;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.applicant.Organisations;
import fr.metropolerouen.guichetess.dossier.DossierLifecycle;
import fr.metropolerouen.guichetess.dossier.DossierSnapshot;
import fr.metropolerouen.guichetess.dossier.Dossiers;
import fr.metropolerouen.guichetess.eligibility.RuleEvaluation;
import fr.metropolerouen.guichetess.envelope.EnvelopeLedger;
import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.shared.InvalidRequestException.FieldError;
import fr.metropolerouen.guichetess.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions, agendas and decisions. A decision, its engagement on the envelope, the dossier's new status and the
 * process step happen in one transaction: if the envelope cannot cover a grant, nothing at all is recorded.
 */
@Service
@Transactional
public class CommitteeSessions {

	private final CommitteeSessionRepository sessions;

	private final AgendaItemRepository items;

	private final Dossiers dossiers;

	private final DossierLifecycle lifecycle;

	private final EnvelopeLedger ledger;

	private final RuleEvaluation rules;

	private final Organisations organisations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CommitteeSessions(CommitteeSessionRepository sessions, AgendaItemRepository items, Dossiers dossiers,
			DossierLifecycle lifecycle, EnvelopeLedger ledger, RuleEvaluation rules, Organisations organisations,
			ApplicationEventPublisher events, Clock clock) {
		this.rules = rules;
		this.sessions = sessions;
		this.items = items;
		this.dossiers = dossiers;
		this.lifecycle = lifecycle;
		this.ledger = ledger;
		this.organisations = organisations;
		this.events = events;
		this.clock = clock;
	}

	public SessionView create(LocalDate date, String title, Actor secretary) {
		return view(sessions.save(new CommitteeSession(date, title.strip(), clock.instant(), secretary.username())));
	}

	@Transactional(readOnly = true)
	public SessionView get(UUID id) {
		return view(find(id));
	}

	@Transactional(readOnly = true)
	public List<SessionView> list() {
		return sessions.findAllByOrderByDateDescCreatedAtDesc().stream().map(this::view).toList();
	}

	/** The dossiers on an agenda and not decided yet, whatever the session. */
	@Transactional(readOnly = true)
	public List<PendingAgendaItem> pendingItems() {
		return items.findPending();
	}

	/** Appends reviewed dossiers to the agenda, in the order given. */
	public SessionView addToAgenda(UUID sessionId, List<UUID> dossierIds, Actor secretary) {
		CommitteeSession session = sessions.findForUpdate(sessionId).orElseThrow(CommitteeSessions::sessionNotFound);
		int position = items.lastPosition(sessionId);
		for (UUID dossierId : new LinkedHashSet<>(dossierIds)) {
			if (items.findBySessionIdAndDossierId(sessionId, dossierId).isPresent()
					|| items.isPendingOnAnAgenda(dossierId)) {
				throw new ConflictException("Le dossier " + referenceOf(dossierId)
						+ " est déjà inscrit à un ordre du jour et attend sa décision.");
			}
			lifecycle.placeOnAgenda(dossierId, secretary, "Séance « " + session.title() + " » du "
					+ FrenchFormat.longDate(session.date()) + ", n° d'ordre " + (position + 1) + ".");
			items.save(new AgendaItem(sessionId, dossierId, ++position));
		}
		return view(session);
	}

	public SessionView decide(UUID sessionId, UUID dossierId, DecisionOutcome outcome, BigDecimal amount,
			String reasons, Actor secretary) {
		CommitteeSession session = sessions.findForUpdate(sessionId).orElseThrow(CommitteeSessions::sessionNotFound);
		if (session.date().isAfter(FrenchFormat.today(clock))) {
			throw new ConflictException("La séance du " + FrenchFormat.longDate(session.date())
					+ " n'a pas encore eu lieu : ses décisions ne peuvent pas être enregistrées.");
		}
		AgendaItem item = items.findBySessionIdAndDossierId(sessionId, dossierId)
			.orElseThrow(() -> new NotFoundException("Ce dossier n'est pas à l'ordre du jour de cette séance."));
		DossierSnapshot dossier = lifecycle.lock(dossierId, Actor.SYSTEM);
		String sitting = "Bureau métropolitain du " + FrenchFormat.longDate(session.date());
		String cleanReasons = reasons == null || reasons.isBlank() ? null : reasons.strip();
		switch (outcome) {
			case GRANTED -> {
				BigDecimal granted = checkedGrant(dossier, amount);
				checkDeMinimis(dossierId, granted, session.date());
				ledger.engage(dossier.scheme(), session.date(), dossierId, granted, secretary,
						dossier.reference() + " : " + sitting);
				lifecycle.grant(dossierId, granted, session.date(), secretary,
						sitting + " : aide de " + FrenchFormat.euros(granted) + " accordée.");
				item.decide(outcome, granted, cleanReasons, clock.instant(), secretary.username());
			}
			case REFUSED -> {
				if (cleanReasons == null) {
					throw invalid("reasons", "sont obligatoires pour un refus");
				}
				lifecycle.refuse(dossierId, cleanReasons, session.date(), secretary, sitting + " : " + cleanReasons);
				item.decide(outcome, null, cleanReasons, clock.instant(), secretary.username());
			}
			case DEFERRED -> {
				lifecycle.recordDeferral(dossierId, secretary,
						sitting + " : examen ajourné." + (cleanReasons == null ? "" : " " + cleanReasons));
				item.decide(outcome, null, cleanReasons, clock.instant(), secretary.username());
			}
		}
		events.publishEvent(new CommitteeDecisionRecorded(sessionId, dossierId, outcome));
		return view(session);
	}

	private static BigDecimal checkedGrant(DossierSnapshot dossier, BigDecimal amount) {
		if (amount == null || amount.signum() <= 0) {
			throw invalid("amount", "est obligatoire et doit être strictement positif pour accorder l'aide");
		}
		if (amount.compareTo(dossier.data().requestedAmount()) > 0) {
			throw invalid("amount", "ne peut pas dépasser le montant demandé ("
					+ FrenchFormat.euros(dossier.data().requestedAmount()) + ")");
		}
		return amount;
	}

	/** De minimis is judged at the grant: the aid is granted when the right to it is conferred (EU 2023/2831). */
	private void checkDeMinimis(UUID dossierId, BigDecimal granted, LocalDate decisionDate) {
		BigDecimal room = rules.deMinimisRoom(dossierId, decisionDate);
		if (granted.compareTo(room) > 0) {
			throw new ConflictException("Le plafond des aides de minimis (règlement (UE) 2023/2831) serait dépassé : "
					+ "cette structure ne peut plus recevoir que " + FrenchFormat.euros(room) + " sur les trois ans "
					+ "précédant la décision.");
		}
	}

	private CommitteeSession find(UUID id) {
		return sessions.findById(id).orElseThrow(CommitteeSessions::sessionNotFound);
	}

	private String referenceOf(UUID dossierId) {
		return dossiers.get(dossierId).reference();
	}

	private SessionView view(CommitteeSession session) {
		List<SessionView.Item> agenda = items.findBySessionIdOrderByPosition(session.id())
			.stream()
			.map(this::itemView)
			.toList();
		return new SessionView(session.id(), session.date(), session.title(), session.createdAt(),
				session.createdBy(), agenda);
	}

	private SessionView.Item itemView(AgendaItem item) {
		DossierSnapshot dossier = dossiers.get(item.dossierId());
		return new SessionView.Item(item.position(), dossier.id(), dossier.reference(), dossier.scheme(),
				organisations.get(dossier.organisationId()).name(), dossier.data().projectTitle(),
				dossier.data().requestedAmount(), dossier.proposedAmount(), dossier.opinion(), dossier.status(),
				item.outcome(), item.amount(), item.reasons(), item.decidedAt(), item.decidedBy());
	}

	private static NotFoundException sessionNotFound() {
		return new NotFoundException("Séance introuvable.");
	}

	private static InvalidRequestException invalid(String field, String message) {
		return new InvalidRequestException("La décision est incomplète ou invalide.",
				List.of(new FieldError(field, message)));
	}

}
