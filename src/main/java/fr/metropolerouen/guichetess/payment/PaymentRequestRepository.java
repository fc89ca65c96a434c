package fr.metropolerouen.guichetess.payment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PaymentRequestRepository extends JpaRepository<PaymentRequest, UUID> {

	/** The dossier of a request, without loading the request before its dossier is locked. */
	@Query("select r.dossierId from PaymentRequest r where r.id = :id")
	Optional<UUID> dossierIdOf(UUID id);

	List<PaymentRequest> findByDossierIdOrderByNumber(UUID dossierId);

	int countByDossierId(UUID dossierId);

	boolean existsByOpenDossierId(UUID dossierId);

	Optional<PaymentRequest> findByDossierIdAndIdempotencyKey(UUID dossierId, String idempotencyKey);

	Optional<PaymentRequest> findByOrderReference(String orderReference);

	List<PaymentRequest> findByStatusInOrderByOrderedAtAscNumberAsc(Collection<PaymentStatus> statuses);

	/** Unlinks the proofs of a dossier's requests, whose documents the retention purge deletes. */
	@Modifying
	@Query(value = """
			delete from payment_request_proof
			where payment_request_id in (select r.id from payment_request r where r.dossier_id = :dossierId)""",
			nativeQuery = true)
	int deleteProofLinksOfDossier(UUID dossierId);

}
