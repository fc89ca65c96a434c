package fr.metropolerouen.guichetess.workflow;

/** Names of {@code processes/payment/PaymentRequestProcess.bpmn}. */
final class PaymentRequestProcess {

	static final String KEY = "PaymentRequestProcess";

	static final String CERTIFY_SERVICE_DONE = "Task_CertifyServiceDone";

	static final String ISSUE_PAYMENT_ORDER = "Task_IssuePaymentOrder";

	static final String RECORD_PAYMENT = "Task_RecordPayment";

	/**
	 * The single finance task of the first version of the process: instances started before the spending chain
	 * still wait on it, and are answered by the payment or the rejection.
	 */
	static final String APPROVE_PAYMENT_REQUEST = "Task_ApprovePaymentRequest";

	static final String PAYMENT_REQUEST_ID = "paymentRequestId";

	static final String SERVICE_DONE = "serviceDone";

	static final String ORDER_ISSUED = "orderIssued";

	/** The variable of the first version's gateway. */
	static final String PAYMENT_APPROVED = "paymentApproved";

	private PaymentRequestProcess() {
	}

}
