package fr.metropolerouen.guichetess.workflow;

import java.util.Map;

import fr.metropolerouen.guichetess.payment.PaymentEvents;
import fr.metropolerouen.guichetess.workflow.DossierProcess.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Starts a payment request's process and closes its approval step when finance decides. */
@Component
class PaymentProcessDriver {

	private final ProcessSteps steps;

	PaymentProcessDriver(ProcessSteps steps) {
		this.steps = steps;
	}

	@EventListener
	void on(PaymentEvents.PaymentRequested event) {
		steps.start(PaymentRequestProcess.KEY, event.reference() + "-V" + event.number(),
				Map.of(PaymentRequestProcess.PAYMENT_REQUEST_ID, event.paymentRequestId().toString(),
						Variables.DOSSIER_ID, event.dossierId().toString(), Variables.REFERENCE, event.reference()));
	}

	@EventListener
	void on(PaymentEvents.PaymentRequestDecided event) {
		steps.complete(PaymentRequestProcess.KEY, PaymentRequestProcess.PAYMENT_REQUEST_ID, event.paymentRequestId(),
				PaymentRequestProcess.APPROVE_PAYMENT_REQUEST,
				Map.of(PaymentRequestProcess.PAYMENT_APPROVED, event.approved()));
	}

}
