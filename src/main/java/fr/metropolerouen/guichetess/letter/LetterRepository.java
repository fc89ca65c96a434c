package fr.metropolerouen.guichetess.letter;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface LetterRepository extends JpaRepository<Letter, UUID> {

	List<Letter> findByDossierIdOrderByCreatedAt(UUID dossierId);

	Optional<Letter> findByDossierIdAndKindAndIssueKey(UUID dossierId, LetterKind kind, String issueKey);

	Optional<Letter> findByIdAndDossierId(UUID id, UUID dossierId);

	long countByDossierIdAndKind(UUID dossierId, LetterKind kind);


	boolean existsBySha256(String sha256);

}
