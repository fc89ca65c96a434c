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
	PAYMENT_APPROVAL(PaymentRequestProcess.APPROVE_PAYMENT_REQUEST),
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
