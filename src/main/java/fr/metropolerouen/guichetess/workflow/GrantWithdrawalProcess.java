package fr.metropolerouen.guichetess.workflow;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Names of {@code processes/clawback/GrantWithdrawalProcess.bpmn}. */
final class GrantWithdrawalProcess {

	static final String KEY = "GrantWithdrawalProcess";

	static final String PRESENT_OBSERVATIONS = "Task_PresentObservations";

	static final String DECIDE_ON_WITHDRAWAL = "Task_DecideOnWithdrawal";

	static final String WITHDRAWAL_PROCEDURE_ID = "withdrawalProcedureId";

	/** The first instant after the period to present observations, as a date for the boundary timer. */
	static final String OBSERVATION_PERIOD_END = "observationPeriodEnd";

	static final String WITHDRAWAL_OUTCOME = "withdrawalOutcome";

	private GrantWithdrawalProcess() {
	}

	static String businessKey(String reference, int number) {
		return reference + "-R" + number;
	}

	static UUID procedureId(DelegateExecution execution) {
		return UUID.fromString((String) execution.getVariable(WITHDRAWAL_PROCEDURE_ID));
	}

}
