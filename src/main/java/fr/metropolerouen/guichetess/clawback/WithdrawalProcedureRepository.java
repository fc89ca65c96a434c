package fr.metropolerouen.guichetess.clawback;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface WithdrawalProcedureRepository extends JpaRepository<WithdrawalProcedure, UUID> {

	List<WithdrawalProcedure> findByDossierIdOrderByNumber(UUID dossierId);

	int countByDossierId(UUID dossierId);

	boolean existsByOpenDossierId(UUID dossierId);

	/** Unlinks the documents of the beneficiary's observations, which the retention purge deletes. */
	@Modifying
	@Query(value = """
			delete from withdrawal_observation_document
			where withdrawal_procedure_id in (select p.id from withdrawal_procedure p where p.dossier_id = :dossierId)""",
			nativeQuery = true)
	int deleteObservationDocumentLinksOfDossier(UUID dossierId);

	/** The text of the observations goes; that they were received, when and by whom stays (procedure's record). */
	@Modifying
	@Query(value = "update withdrawal_procedure set observations = :replacement where dossier_id = :dossierId and observations is not null",
			nativeQuery = true)
	int replaceObservationsOfDossier(UUID dossierId, String replacement);

}
