package fr.metropolerouen.guichetess.dossier;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface TimelineEntryRepository extends JpaRepository<TimelineEntry, Long> {

	List<TimelineEntry> findByDossierIdOrderById(UUID dossierId);

}
