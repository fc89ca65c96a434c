package fr.metropolerouen.guichetess.workflow;

/** Names of {@code processes/payment/PaymentRequestProcess.bpmn}. */
final class PaymentRequestProcess {

	static final String KEY = "PaymentRequestProcess";

	static final String APPROVE_PAYMENT_REQUEST = "Task_ApprovePaymentRequest";

	static final String PAYMENT_REQUEST_ID = "paymentRequestId";

	static final String PAYMENT_APPROVED = "paymentApproved";

	private PaymentRequestProcess() {
	}

}
