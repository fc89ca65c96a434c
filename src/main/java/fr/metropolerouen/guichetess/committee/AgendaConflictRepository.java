package fr.metropolerouen.guichetess.committee;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaConflictRepository extends JpaRepository<AgendaConflict, UUID> {

	List<AgendaConflict> findByItemIdIn(Collection<UUID> itemIds);

	boolean existsByItemIdAndMemberId(UUID itemId, UUID memberId);

}
