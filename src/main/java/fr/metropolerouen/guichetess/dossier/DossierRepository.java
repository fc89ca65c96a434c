package fr.metropolerouen.guichetess.dossier;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.metropolerouen.guichetess.scheme.AidScheme;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DossierRepository extends JpaRepository<Dossier, UUID>, JpaSpecificationExecutor<Dossier> {

	Optional<Dossier> findByReference(String reference);

	List<Dossier> findByOrganisationId(UUID organisationId);

	List<Dossier> findBySchemeAndSubmissionDateNotNull(AidScheme scheme);

	/** Serialises the state changes of one dossier (committee decisions, payments, withdrawals). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from Dossier d where d.id = :id")
	Optional<Dossier> findForUpdate(UUID id);

	/** Rows of (scheme, status, count): the dossiers metric. */
	@Query("select d.scheme, d.status, count(d) from Dossier d group by d.scheme, d.status")
	List<Object[]> countPerSchemeAndStatus();

}
