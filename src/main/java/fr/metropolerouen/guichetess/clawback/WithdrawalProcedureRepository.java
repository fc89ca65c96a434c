package fr.metropolerouen.guichetess.clawback;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface WithdrawalProcedureRepository extends JpaRepository<WithdrawalProcedure, UUID> {

	List<WithdrawalProcedure> findByDossierIdOrderByNumber(UUID dossierId);

	int countByDossierId(UUID dossierId);

	boolean existsByOpenDossierId(UUID dossierId);

}
