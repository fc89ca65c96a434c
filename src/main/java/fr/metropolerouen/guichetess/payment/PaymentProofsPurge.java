package fr.metropolerouen.guichetess.payment;

import fr.metropolerouen.guichetess.dossier.DossierEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At the end of a dossier's retention period its documents are deleted: the payment requests forget which of them
 * were their proofs. Amounts, statuses and payment references stay (public accounts).
 */
@Component
class PaymentProofsPurge {

	private final PaymentRequestRepository requests;

	PaymentProofsPurge(PaymentRequestRepository requests) {
		this.requests = requests;
	}

	@EventListener
	void on(DossierEvents.PersonalDataPurging event) {
		requests.deleteProofLinksOfDossier(event.dossierId());
	}

}
