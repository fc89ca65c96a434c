package fr.metropolerouen.guichetess.dossier;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SupportingDocumentRepository extends JpaRepository<SupportingDocument, UUID> {

	List<SupportingDocument> findByDossierIdOrderByUploadedAt(UUID dossierId);

	Optional<SupportingDocument> findByIdAndDossierId(UUID id, UUID dossierId);


	boolean existsBySha256(String sha256);

}
