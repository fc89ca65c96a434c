package fr.metropolerouen.guichetess.payment;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentRequestRepository extends JpaRepository<PaymentRequest, UUID> {

	List<PaymentRequest> findByDossierIdOrderByNumber(UUID dossierId);

	int countByDossierId(UUID dossierId);

	boolean existsByDossierIdAndStatus(UUID dossierId, PaymentStatus status);

}
