package fr.metropolerouen.guichetess.committee;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.dossier.DossierLifecycle;
import fr.metropolerouen.guichetess.dossier.Dossiers;
import fr.metropolerouen.guichetess.eligibility.RuleEvaluation;
import fr.metropolerouen.guichetess.envelope.EnvelopeLedger;
import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.FileStore;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes a held session, in one transaction: each decision gets its deliberation number in agenda order, grants are
 * engaged on their envelope and dossiers take their new status, the minutes are written, and only then are the
 * decisions announced, so that letters go out and processes move on. If anything fails (an envelope that can no
 * longer cover a grant), nothing at all happens and the session stays open.
 */
@Service
@Transactional
class SessionClosing {

	private final CommitteeSessionRepository sessions;

	private final AgendaItemRepository items;

	private final DeliberationNumbers numbers;

	private final DossierLifecycle lifecycle;

	private final Dossiers dossiers;

	private final EnvelopeLedger ledger;

	private final RuleEvaluation rules;

	private final SessionMinutes minutes;

	private final FileStore files;

	private final CommitteeSessions planning;

	private final SessionViews views;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SessionClosing(CommitteeSessionRepository sessions, AgendaItemRepository items, DeliberationNumbers numbers,
			DossierLifecycle lifecycle, Dossiers dossiers, EnvelopeLedger ledger, RuleEvaluation rules,
			SessionMinutes minutes,
			FileStore files, CommitteeSessions planning, SessionViews views, ApplicationEventPublisher events,
			Clock clock) {
		this.sessions = sessions;
		this.items = items;
		this.numbers = numbers;
		this.lifecycle = lifecycle;
		this.dossiers = dossiers;
		this.ledger = ledger;
		this.rules = rules;
		this.minutes = minutes;
		this.files = files;
		this.planning = planning;
		this.views = views;
		this.events = events;
		this.clock = clock;
	}

	SessionView close(UUID sessionId, Actor secretary) {
		CommitteeSession session = sessions.findForUpdate(sessionId).orElseThrow(CommitteeSessions::sessionNotFound);
		session.requireNotClosed();
		List<AgendaItem> agenda = items.findBySessionIdOrderByPosition(sessionId);
		requireEveryItemDecided(session, agenda);
		// the counter first: closings wait for each other before they lock any dossier or envelope
		DeliberationCounter counter = numbers.counter(session.body(), session.date().getYear());
		String sitting = session.body().frenchName() + " du " + FrenchFormat.longDate(session.date());
		for (AgendaItem item : agenda) {
			item.number(counter.next());
			takeEffect(session, item, sitting, secretary);
		}
		byte[] pdf = minutes.write(session, agenda, secretary);
		SessionStatus before = session.status();
		String minutesHash = files.store(pdf).sha256();
		session.close(minutesHash, clock.instant(), secretary.username());
		planning.recordStatus(session, before, secretary, agenda.size() + " dossier(s), procès-verbal " + minutesHash);
		carryOverDeferred(session, agenda, secretary);
		agenda.forEach(item -> events.publishEvent(new CommitteeDecisionRecorded(sessionId, item.dossierId(),
				item.outcome(), item.deliberationNumber())));
		return views.of(session);
	}

	private void requireEveryItemDecided(CommitteeSession session, List<AgendaItem> agenda) {
		if (session.status() == SessionStatus.PLANNED) {
			throw new ConflictException("La séance n'a pas été tenue : aucune décision n'y a été enregistrée.");
		}
		List<String> undecided = agenda.stream()
			.filter(item -> item.outcome() == null)
			.map(item -> dossiers.get(item.dossierId()).reference())
			.toList();
		if (!undecided.isEmpty()) {
			throw new ConflictException("La séance ne peut pas être close : " + String.join(", ", undecided)
					+ (undecided.size() == 1 ? " n'a" : " n'ont") + " pas de décision (accord, refus ou ajournement).");
		}
	}

	private void takeEffect(CommitteeSession session, AgendaItem item, String sitting, Actor secretary) {
		String number = item.deliberationNumber();
		String reference = dossiers.get(item.dossierId()).reference();
		switch (item.outcome()) {
			case GRANTED -> {
				requireDeMinimisRoom(item, session, reference);
				ledger.engage(item.scheme(), session.date(), item.dossierId(), item.amount(), secretary,
						reference + " : délibération n° " + number + " du " + sitting);
				lifecycle.grant(item.dossierId(), item.amount(), session.date(), number, secretary, sitting
						+ ", délibération n° " + number + " : aide de " + FrenchFormat.euros(item.amount()) + " accordée.");
			}
			case REFUSED -> lifecycle.refuse(item.dossierId(), item.reasons(), session.date(), number, secretary,
					sitting + ", délibération n° " + number + " : " + item.reasons());
			case DEFERRED -> lifecycle.recordDeferral(item.dossierId(), secretary, sitting + ", délibération n° "
					+ number + " : examen ajourné." + (item.reasons() == null ? "" : " " + item.reasons()));
		}
	}

	/** Checked again at the closing: grants taking effect before this one in the same closing count too. */
	private void requireDeMinimisRoom(AgendaItem item, CommitteeSession session, String reference) {
		BigDecimal room = rules.deMinimisRoom(item.dossierId(), session.date());
		if (item.amount().compareTo(room) > 0) {
			throw new ConflictException("La séance ne peut pas être close : l'aide de " + FrenchFormat.euros(item.amount())
					+ " à " + reference + " dépasserait le plafond des aides de minimis (il ne reste que "
					+ FrenchFormat.euros(room) + "). Corrigez la décision.");
		}
	}

	/** A deferred dossier goes on the agenda of the body's next planned session, if there is one already. */
	private void carryOverDeferred(CommitteeSession session, List<AgendaItem> agenda, Actor secretary) {
		sessions.findFirstByBodyAndStatusAndDateAfterOrderByDateAscCreatedAtAsc(session.body(), SessionStatus.PLANNED,
				session.date()).ifPresent(next -> agenda.stream()
					.filter(item -> item.outcome() == DecisionOutcome.DEFERRED)
					.forEach(item -> planning.place(sessions.findForUpdate(next.id()).orElseThrow(), item.dossierId(),
							secretary)));
	}

}
