package fr.metropolerouen.guichetess.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Supplies the payment requests of a dossier for its detail view (implemented by the payment module). */
public interface DossierPayments {

	List<PaymentSummary> paymentsOf(UUID dossierId);

	record PaymentSummary(UUID id, int number, String kind, BigDecimal amount, BigDecimal justifiedExpenses,
			String status, BigDecimal approvedAmount, String rejectionReason, Instant requestedAt,
			Instant decidedAt) {
	}

}
