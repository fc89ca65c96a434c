package fr.metropolerouen.guichetess.committee;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaDecisionRepository extends JpaRepository<AgendaDecision, UUID> {

	List<AgendaDecision> findByItemIdInOrderByRecordedAt(Collection<UUID> itemIds);

}
