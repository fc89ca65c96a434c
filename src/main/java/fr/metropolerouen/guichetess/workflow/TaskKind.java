package fr.metropolerouen.guichetess.workflow;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of open tasks, one per user task of the processes. */
public enum TaskKind {

	COMPLETENESS_CHECK(DossierProcess.Tasks.CHECK_COMPLETENESS),
	MISSING_DOCUMENTS(DossierProcess.Tasks.PROVIDE_MISSING_DOCUMENTS),
	ELIGIBILITY_CONFIRMATION(DossierProcess.Tasks.DECIDE_ON_INELIGIBILITY),
	REVIEW(DossierProcess.Tasks.REVIEW_DOSSIER),
	COMMITTEE_DECISION(DossierProcess.Tasks.DECIDE_IN_COMMITTEE),
	/** The single finance task of the first payment process, still open on requests made before the chain. */
	PAYMENT_APPROVAL(PaymentRequestProcess.APPROVE_PAYMENT_REQUEST),
	SERVICE_DONE_CERTIFICATION(PaymentRequestProcess.CERTIFY_SERVICE_DONE),
	PAYMENT_ORDER(PaymentRequestProcess.ISSUE_PAYMENT_ORDER),
	PAYMENT_RECORDING(PaymentRequestProcess.RECORD_PAYMENT),
	WITHDRAWAL_OBSERVATIONS(GrantWithdrawalProcess.PRESENT_OBSERVATIONS),
	WITHDRAWAL_DECISION(GrantWithdrawalProcess.DECIDE_ON_WITHDRAWAL);

	private final String taskDefinitionKey;

	TaskKind(String taskDefinitionKey) {
		this.taskDefinitionKey = taskDefinitionKey;
	}

	static Optional<TaskKind> of(String taskDefinitionKey) {
		return Arrays.stream(values()).filter(kind -> kind.taskDefinitionKey.equals(taskDefinitionKey)).findFirst();
	}

}
