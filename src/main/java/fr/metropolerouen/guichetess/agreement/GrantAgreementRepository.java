package fr.metropolerouen.guichetess.agreement;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface GrantAgreementRepository extends JpaRepository<GrantAgreement, UUID> {

	Optional<GrantAgreement> findByDossierId(UUID dossierId);

}
