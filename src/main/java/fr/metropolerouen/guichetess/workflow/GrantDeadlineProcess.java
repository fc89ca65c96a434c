package fr.metropolerouen.guichetess.workflow;

import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;

import fr.metropolerouen.guichetess.shared.FrenchFormat;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Names of {@code processes/lapse/GrantDeadlineProcess.bpmn}: one instance per deadline of a grant. */
final class GrantDeadlineProcess {

	static final String KEY = "GrantDeadlineProcess";

	static final String DEADLINE_ID = "deadlineId";

	/** When the warning timer fires: the start of the warning day, in the Métropole's time zone. */
	static final String WARNING_TIME = "warningTime";

	/** When the lapse timer fires: the end of the due day, the last day the beneficiary may act. */
	static final String LAPSE_TIME = "lapseTime";

	static final String DEADLINE_EXTENDED = "DeadlineExtended";

	static final String DEADLINE_CLOSED = "DeadlineClosed";

	private GrantDeadlineProcess() {
	}

	static Date warningTime(LocalDate warnOn) {
		return Date.from(warnOn.atStartOfDay(FrenchFormat.ZONE).toInstant());
	}

	static Date lapseTime(LocalDate dueOn) {
		return Date.from(dueOn.plusDays(1).atStartOfDay(FrenchFormat.ZONE).toInstant());
	}

	static UUID deadlineId(DelegateExecution execution) {
		return UUID.fromString((String) execution.getVariable(DEADLINE_ID));
	}

}
