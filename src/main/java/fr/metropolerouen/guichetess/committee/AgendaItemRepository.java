package fr.metropolerouen.guichetess.committee;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.metropolerouen.guichetess.scheme.AidScheme;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgendaItemRepository extends JpaRepository<AgendaItem, UUID> {

	List<AgendaItem> findBySessionIdOrderByPosition(UUID sessionId);

	Optional<AgendaItem> findBySessionIdAndDossierId(UUID sessionId, UUID dossierId);

	/**
	 * A dossier on the agenda of a session not closed yet, or waiting for a decision: it cannot be put on another
	 * agenda (a deferred dossier of a closed session can).
	 */
	@Query("""
			select count(i) > 0 from AgendaItem i, CommitteeSession s
			where s.id = i.sessionId and i.dossierId = :dossierId
				and (s.status <> fr.metropolerouen.guichetess.committee.SessionStatus.CLOSED or i.outcome is null)""")
	boolean isPendingOnAnAgenda(UUID dossierId);

	/** Items of sessions not closed that may still be granted: undecided, or granted but not yet in effect. */
	@Query("""
			select new fr.metropolerouen.guichetess.committee.PendingAgendaItem(i.dossierId, s.id, s.date, i.position,
				i.amount)
			from AgendaItem i, CommitteeSession s
			where s.id = i.sessionId and s.status <> fr.metropolerouen.guichetess.committee.SessionStatus.CLOSED
				and (i.outcome is null or i.outcome = fr.metropolerouen.guichetess.committee.DecisionOutcome.GRANTED)""")
	List<PendingAgendaItem> findPending();

	/**
	 * What grants recorded in sessions not closed yet will take from a scheme's envelope of a year, apart from one
	 * item (the one being decided).
	 */
	@Query("""
			select coalesce(sum(i.amount), 0) from AgendaItem i, CommitteeSession s
			where s.id = i.sessionId and s.status <> fr.metropolerouen.guichetess.committee.SessionStatus.CLOSED
				and i.outcome = fr.metropolerouen.guichetess.committee.DecisionOutcome.GRANTED
				and i.scheme = :scheme and extract(year from s.date) = :year and i.id <> :except""")
	BigDecimal grantedInOpenSessions(AidScheme scheme, int year, UUID except);

	/** The same, for the grants of every other session not closed yet. */
	@Query("""
			select coalesce(sum(i.amount), 0) from AgendaItem i, CommitteeSession s
			where s.id = i.sessionId and s.status <> fr.metropolerouen.guichetess.committee.SessionStatus.CLOSED
				and i.outcome = fr.metropolerouen.guichetess.committee.DecisionOutcome.GRANTED
				and i.scheme = :scheme and extract(year from s.date) = :year and s.id <> :session""")
	BigDecimal grantedInOtherOpenSessions(AidScheme scheme, int year, UUID session);

	/** Items deferred by a closed session whose dossier has not been put on any agenda since. */
	@Query("""
			select i from AgendaItem i, CommitteeSession s
			where s.id = i.sessionId and s.status = fr.metropolerouen.guichetess.committee.SessionStatus.CLOSED
				and i.outcome = fr.metropolerouen.guichetess.committee.DecisionOutcome.DEFERRED
				and not exists (select j from AgendaItem j, CommitteeSession t where t.id = j.sessionId
					and j.dossierId = i.dossierId and j.id <> i.id
					and (t.date > s.date or (t.date = s.date and t.createdAt > s.createdAt)))
			order by s.date, i.position""")
	List<AgendaItem> findDeferredNotCarriedOver();

	/** The dossier's item on the agenda of a session not closed yet (at most one: see isPendingOnAnAgenda). */
	@Query("""
			select i from AgendaItem i, CommitteeSession s
			where s.id = i.sessionId and i.dossierId = :dossierId
				and s.status <> fr.metropolerouen.guichetess.committee.SessionStatus.CLOSED""")
	List<AgendaItem> findOnOpenSession(UUID dossierId);

	@Query("select coalesce(max(i.position), 0) from AgendaItem i where i.sessionId = :sessionId")
	int lastPosition(UUID sessionId);

}
