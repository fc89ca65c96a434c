package fr.metropolerouen.guichetess.workflow;

import fr.metropolerouen.guichetess.lapse.GrantLapses;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The deadline passed: the grant lapses, unless the deadline was met meanwhile (checked by the lapse module). */
@Component("declareLapseDelegate")
class DeclareLapseDelegate implements JavaDelegate {

	private final GrantLapses lapses;

	DeclareLapseDelegate(GrantLapses lapses) {
		this.lapses = lapses;
	}

	@Override
	public void execute(DelegateExecution execution) {
		lapses.lapse(GrantDeadlineProcess.deadlineId(execution));
	}

}
