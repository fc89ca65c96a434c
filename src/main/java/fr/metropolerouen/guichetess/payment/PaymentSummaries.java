package fr.metropolerouen.guichetess.payment;

import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.dossier.DossierPayments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gives the dossier's detail view its payment requests. */
@Component
class PaymentSummaries implements DossierPayments {

	private final PaymentRequestRepository requests;

	PaymentSummaries(PaymentRequestRepository requests) {
		this.requests = requests;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PaymentSummary> paymentsOf(UUID dossierId) {
		return requests.findByDossierIdOrderByNumber(dossierId).stream().map(r -> {
			PaymentRequestView view = r.view(null);
			return new PaymentSummary(view.id(), view.number(), view.kind().name(), view.amount(),
					view.justifiedExpenses(), view.status().name(), view.approvedAmount(), view.rejectionReason(),
					view.requestedAt(), view.decidedAt());
		}).toList();
	}

}
