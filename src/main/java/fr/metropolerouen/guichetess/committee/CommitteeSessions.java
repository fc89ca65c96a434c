package fr.metropolerouen.guichetess.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.audit.AuditSubjects;
import fr.metropolerouen.guichetess.audit.AuditTrail;
import fr.metropolerouen.guichetess.dossier.DossierLifecycle;
import fr.metropolerouen.guichetess.dossier.DossierSnapshot;
import fr.metropolerouen.guichetess.dossier.DossierStatistics;
import fr.metropolerouen.guichetess.dossier.DossierStatus;
import fr.metropolerouen.guichetess.dossier.Dossiers;
import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.FileStore;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.shared.InvalidRequestException.FieldError;
import fr.metropolerouen.guichetess.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions before their decisions: creation with the members convened, the agenda (dossiers whose review is done,
 * those deferred by the last session first), the presence and quorum, the members' declared interests.
 */
@Service
@Transactional
public class CommitteeSessions {

	private final CommitteeSessionRepository sessions;

	private final AgendaItemRepository items;

	private final SessionMemberRepository members;

	private final AgendaConflictRepository conflicts;

	private final Dossiers dossiers;

	private final DossierStatistics statistics;

	private final DossierLifecycle lifecycle;

	private final SessionViews views;

	private final FileStore files;

	private final AuditTrail auditTrail;

	private final Clock clock;

	CommitteeSessions(CommitteeSessionRepository sessions, AgendaItemRepository items,
			SessionMemberRepository members, AgendaConflictRepository conflicts, Dossiers dossiers,
			DossierStatistics statistics, DossierLifecycle lifecycle, SessionViews views, FileStore files,
			AuditTrail auditTrail, Clock clock) {
		this.files = files;
		this.auditTrail = auditTrail;
		this.sessions = sessions;
		this.items = items;
		this.members = members;
		this.conflicts = conflicts;
		this.dossiers = dossiers;
		this.statistics = statistics;
		this.lifecycle = lifecycle;
		this.views = views;
		this.clock = clock;
	}

	/**
	 * Plans a session with the members convened (none: presence is then not recorded). The dossiers deferred by a
	 * closed session and not on an agenda since come first on its agenda.
	 */
	public SessionView create(CommitteeBody body, LocalDate date, String title, List<NewMember> convened,
			Actor secretary) {
		CommitteeSession session = sessions.save(new CommitteeSession(body, date, title.strip(), clock.instant(),
				secretary.username()));
		recordStatus(session, null, secretary, session.body() + " " + session.date() + " : " + session.title());
		convene(session, convened);
		carryOverDeferred(session, secretary);
		return views.of(session);
	}

	@Transactional(readOnly = true)
	public SessionView get(UUID id) {
		return views.of(find(id));
	}

	@Transactional(readOnly = true)
	public List<SessionView> list() {
		return sessions.findAllByOrderByDateDescCreatedAtDesc().stream().map(views::of).toList();
	}

	/** The minutes (procès-verbal) of a closed session, as written at its closing. */
	@Transactional(readOnly = true)
	public byte[] minutes(UUID sessionId) {
		CommitteeSession session = find(sessionId);
		if (session.minutesSha256() == null) {
			throw new NotFoundException("Le procès-verbal n'existe qu'une fois la séance close.");
		}
		return files.read(session.minutesSha256());
	}

	/** Replaces the list of members convened, until the session is held. */
	public SessionView replaceMembers(UUID sessionId, List<NewMember> convened) {
		CommitteeSession session = locked(sessionId);
		session.requirePlanned("changer les membres convoqués");
		members.deleteBySessionId(sessionId);
		members.flush();
		convene(session, convened);
		return views.of(session);
	}

	/** Appends reviewed dossiers to the agenda, in the order given. */
	public SessionView addToAgenda(UUID sessionId, List<UUID> dossierIds, Actor secretary) {
		CommitteeSession session = locked(sessionId);
		session.requireNotClosed();
		for (UUID dossierId : new LinkedHashSet<>(dossierIds)) {
			if (items.findBySessionIdAndDossierId(sessionId, dossierId).isPresent()
					|| items.isPendingOnAnAgenda(dossierId)) {
				throw new ConflictException("Le dossier " + dossiers.get(dossierId).reference()
						+ " est déjà inscrit à un ordre du jour et attend sa décision.");
			}
			place(session, dossierId, secretary);
		}
		return views.of(session);
	}

	/** Appends every dossier whose review is done and that is on no agenda yet, oldest reference first. */
	public SessionView fillAgenda(UUID sessionId, Actor secretary) {
		CommitteeSession session = locked(sessionId);
		session.requireNotClosed();
		statistics.inProgress()
			.stream()
			.filter(dossier -> dossier.status() == DossierStatus.AWAITING_COMMITTEE)
			.filter(dossier -> !items.isPendingOnAnAgenda(dossier.id()))
			.forEach(dossier -> place(session, dossier.id(), secretary));
		return views.of(session);
	}

	/**
	 * Opens the sitting with the members present: the quorum is reached when more than half of the members convened
	 * are present.
	 */
	public SessionView hold(UUID sessionId, Collection<UUID> presentMemberIds, Actor secretary) {
		CommitteeSession session = locked(sessionId);
		List<SessionMember> convened = members.findBySessionIdOrderByPosition(sessionId);
		Set<UUID> present = new HashSet<>(presentMemberIds);
		Set<UUID> known = new HashSet<>(convened.stream().map(SessionMember::id).toList());
		if (!known.containsAll(present)) {
			throw new InvalidRequestException("La liste des présents est invalide.", List.of(new FieldError(
					"presentMemberIds", "ne doit citer que des membres convoqués à cette séance")));
		}
		convened.forEach(member -> member.recordPresence(present.contains(member.id())));
		Boolean quorum = convened.isEmpty() ? null : present.size() * 2 > convened.size();
		SessionStatus before = session.status();
		session.hold(quorum, FrenchFormat.today(clock), clock.instant(), secretary.username());
		recordStatus(session, before, secretary,
				present.size() + " présent(s) sur " + convened.size() + " convoqué(s), quorum : " + quorum);
		return views.of(session);
	}

	/** Records a change of the session's status in the audit trail. */
	void recordStatus(CommitteeSession session, SessionStatus before, Actor secretary, String details) {
		auditTrail.record(clock.instant(), secretary, AuditSubjects.COMMITTEE_SESSION, session.id(),
				"SESSION_" + session.status().name(), before == null ? null : before.name(), session.status().name(),
				details);
	}

	/** Records that a member declared an interest in a dossier of the agenda: the member takes no part in it. */
	public SessionView declareConflict(UUID sessionId, UUID memberId, UUID dossierId, String statement,
			Actor secretary) {
		CommitteeSession session = locked(sessionId);
		session.requireNotClosed();
		AgendaItem item = items.findBySessionIdAndDossierId(sessionId, dossierId)
			.orElseThrow(() -> new NotFoundException("Ce dossier n'est pas à l'ordre du jour de cette séance."));
		SessionMember member = members.findById(memberId)
			.filter(found -> members.findBySessionIdOrderByPosition(sessionId).stream()
				.anyMatch(convened -> convened.id().equals(found.id())))
			.orElseThrow(() -> new NotFoundException("Ce membre n'est pas convoqué à cette séance."));
		if (item.outcome() != null) {
			throw new ConflictException("La décision sur ce dossier est déjà enregistrée : corrigez-la après avoir "
					+ "déclaré l'intérêt, pour qu'elle soit prise sans " + member.name() + ".");
		}
		if (!conflicts.existsByItemIdAndMemberId(item.id(), memberId)) {
			conflicts.save(new AgendaConflict(item.id(), memberId, statement, clock.instant(), secretary.username()));
		}
		return views.of(session);
	}

	/** The dossiers on the agenda of sessions not closed, that may still be granted, whatever the session. */
	@Transactional(readOnly = true)
	public List<PendingAgendaItem> pendingItems() {
		return items.findPending();
	}

	/** Puts the dossiers deferred by closed sessions on this new session's agenda, if they still wait for it. */
	private void carryOverDeferred(CommitteeSession session, Actor secretary) {
		for (AgendaItem deferred : items.findDeferredNotCarriedOver()) {
			if (dossiers.get(deferred.dossierId()).status() == DossierStatus.AWAITING_COMMITTEE
					&& !items.isPendingOnAnAgenda(deferred.dossierId())) {
				place(session, deferred.dossierId(), secretary);
			}
		}
	}

	void place(CommitteeSession session, UUID dossierId, Actor secretary) {
		int position = items.lastPosition(session.id()) + 1;
		DossierSnapshot dossier = lifecycle.placeOnAgenda(dossierId, secretary, session.body().frenchName() + " du "
				+ FrenchFormat.longDate(session.date()) + " (« " + session.title() + " »), n° d'ordre " + position + ".");
		items.saveAndFlush(new AgendaItem(session.id(), dossierId, dossier.scheme(), position));
	}

	private void convene(CommitteeSession session, List<NewMember> convened) {
		List<SessionMember> list = new ArrayList<>();
		for (int i = 0; i < convened.size(); i++) {
			list.add(new SessionMember(session.id(), i + 1, convened.get(i).name().strip(),
					convened.get(i).title() == null ? null : convened.get(i).title().strip()));
		}
		members.saveAll(list);
	}

	private CommitteeSession locked(UUID sessionId) {
		return sessions.findForUpdate(sessionId).orElseThrow(CommitteeSessions::sessionNotFound);
	}

	private CommitteeSession find(UUID id) {
		return sessions.findById(id).orElseThrow(CommitteeSessions::sessionNotFound);
	}

	static NotFoundException sessionNotFound() {
		return new NotFoundException("Séance introuvable.");
	}

	/** A member to convene: a name and, optionally, a function (« Vice-président chargé de… »). */
	public record NewMember(String name, String title) {
	}

}
