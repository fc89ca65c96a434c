package fr.metropolerouen.guichetess.workflow;

import fr.metropolerouen.guichetess.lapse.GrantDeadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The warning date of a deadline came: the beneficiary receives the warning letter (once per due date). */
@Component("warnBeforeLapseDelegate")
class WarnBeforeLapseDelegate implements JavaDelegate {

	private final GrantDeadlines deadlines;

	WarnBeforeLapseDelegate(GrantDeadlines deadlines) {
		this.deadlines = deadlines;
	}

	@Override
	public void execute(DelegateExecution execution) {
		deadlines.warn(GrantDeadlineProcess.deadlineId(execution));
	}

}
