package fr.metropolerouen.guichetess.dossier;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DossierMessageRepository extends JpaRepository<DossierMessage, UUID> {

	List<DossierMessage> findByDossierIdOrderBySentAtAscIdAsc(UUID dossierId);

}
