package fr.metropolerouen.guichetess.applicant;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

	boolean existsBySiret(String siret);

	Optional<Organisation> findBySiret(String siret);

}
