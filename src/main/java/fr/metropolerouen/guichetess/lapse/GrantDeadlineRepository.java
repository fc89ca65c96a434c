package fr.metropolerouen.guichetess.lapse;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface GrantDeadlineRepository extends JpaRepository<GrantDeadline, UUID> {

	List<GrantDeadline> findByDossierIdOrderByDueOn(UUID dossierId);

	Optional<GrantDeadline> findByDossierIdAndKind(UUID dossierId, DeadlineKind kind);

}
