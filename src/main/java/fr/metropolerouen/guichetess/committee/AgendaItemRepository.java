package fr.metropolerouen.guichetess.committee;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgendaItemRepository extends JpaRepository<AgendaItem, UUID> {

	List<AgendaItem> findBySessionIdOrderByPosition(UUID sessionId);

	Optional<AgendaItem> findBySessionIdAndDossierId(UUID sessionId, UUID dossierId);

	/** A dossier waiting for a decision on some agenda: it cannot be put on a second one. */
	@Query("select count(i) > 0 from AgendaItem i where i.dossierId = :dossierId and i.outcome is null")
	boolean isPendingOnAnAgenda(UUID dossierId);

	/** Every agenda item still waiting for its decision, with its session's date. */
	@Query("""
			select new fr.metropolerouen.guichetess.committee.PendingAgendaItem(i.dossierId, s.id, s.date, i.position)
			from AgendaItem i, CommitteeSession s where s.id = i.sessionId and i.outcome is null""")
	List<PendingAgendaItem> findPending();

	@Query("select coalesce(max(i.position), 0) from AgendaItem i where i.sessionId = :sessionId")
	int lastPosition(UUID sessionId);

}
