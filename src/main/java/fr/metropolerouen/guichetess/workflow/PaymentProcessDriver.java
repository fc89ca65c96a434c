package fr.metropolerouen.guichetess.workflow;

import java.util.Map;
import java.util.UUID;

import fr.metropolerouen.guichetess.payment.PaymentEvents;
import fr.metropolerouen.guichetess.workflow.DossierProcess.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts a payment request's process and moves it along the spending chain as the request does: liquidation,
 * payment order, payment. Instances of the first version (one finance task) are answered by the payment or the
 * rejection alone.
 */
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

	/** A request of the first version goes through the chain too; its single task waits for the payment. */
	@EventListener
	void on(PaymentEvents.PaymentLiquidated event) {
		if (!onFirstVersion(event.paymentRequestId())) {
			complete(event.paymentRequestId(), PaymentRequestProcess.CERTIFY_SERVICE_DONE,
					Map.of(PaymentRequestProcess.SERVICE_DONE, true));
		}
	}

	@EventListener
	void on(PaymentEvents.PaymentOrdered event) {
		if (!onFirstVersion(event.paymentRequestId())) {
			complete(event.paymentRequestId(), PaymentRequestProcess.ISSUE_PAYMENT_ORDER,
					Map.of(PaymentRequestProcess.ORDER_ISSUED, true));
		}
	}

	/** A one-step validation answers the three steps of the chain at once. */
	@EventListener
	void on(PaymentEvents.PaymentMade event) {
		UUID id = event.paymentRequestId();
		if (onFirstVersion(id)) {
			complete(id, PaymentRequestProcess.APPROVE_PAYMENT_REQUEST, Map.of(PaymentRequestProcess.PAYMENT_APPROVED, true));
			return;
		}
		if (event.oneStep()) {
			complete(id, PaymentRequestProcess.CERTIFY_SERVICE_DONE, Map.of(PaymentRequestProcess.SERVICE_DONE, true));
			complete(id, PaymentRequestProcess.ISSUE_PAYMENT_ORDER, Map.of(PaymentRequestProcess.ORDER_ISSUED, true));
		}
		complete(id, PaymentRequestProcess.RECORD_PAYMENT, Map.of());
	}

	/** A rejection ends the request at the step it had reached. */
	@EventListener
	void on(PaymentEvents.PaymentRequestDecided event) {
		if (event.approved()) {
			return;
		}
		UUID id = event.paymentRequestId();
		String open = steps.openTask(PaymentRequestProcess.KEY, PaymentRequestProcess.PAYMENT_REQUEST_ID, id)
			.orElse(PaymentRequestProcess.CERTIFY_SERVICE_DONE);
		Map<String, Object> rejected = switch (open) {
			case PaymentRequestProcess.ISSUE_PAYMENT_ORDER -> Map.of(PaymentRequestProcess.ORDER_ISSUED, false);
			case PaymentRequestProcess.APPROVE_PAYMENT_REQUEST -> Map.of(PaymentRequestProcess.PAYMENT_APPROVED, false);
			default -> Map.of(PaymentRequestProcess.SERVICE_DONE, false);
		};
		complete(id, open, rejected);
	}

	private boolean onFirstVersion(UUID id) {
		return steps.openTask(PaymentRequestProcess.KEY, PaymentRequestProcess.PAYMENT_REQUEST_ID, id)
			.filter(PaymentRequestProcess.APPROVE_PAYMENT_REQUEST::equals)
			.isPresent();
	}

	private void complete(UUID id, String task, Map<String, Object> variables) {
		steps.complete(PaymentRequestProcess.KEY, PaymentRequestProcess.PAYMENT_REQUEST_ID, id, task, variables);
	}

}
