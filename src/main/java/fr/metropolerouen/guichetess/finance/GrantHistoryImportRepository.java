package fr.metropolerouen.guichetess.finance;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface GrantHistoryImportRepository extends JpaRepository<GrantHistoryImport, UUID> {

	Optional<GrantHistoryImport> findBySha256(String sha256);

	List<GrantHistoryImport> findAllByOrderByImportedAtDesc();

}
