package fr.metropolerouen.guichetess.workflow;

import java.util.Map;

import fr.metropolerouen.guichetess.lapse.DeadlineEvents;
import fr.metropolerouen.guichetess.workflow.DossierProcess.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Starts one process per deadline of a grant, moves its timers when it is extended, ends it when it is closed. */
@Component
class GrantDeadlineProcessDriver {

	private final ProcessSteps steps;

	GrantDeadlineProcessDriver(ProcessSteps steps) {
		this.steps = steps;
	}

	@EventListener
	void on(DeadlineEvents.DeadlineSet event) {
		steps.start(GrantDeadlineProcess.KEY, event.reference() + "-" + event.kind(),
				Map.of(GrantDeadlineProcess.DEADLINE_ID, event.deadlineId().toString(), Variables.DOSSIER_ID,
						event.dossierId().toString(), Variables.REFERENCE, event.reference(),
						GrantDeadlineProcess.WARNING_TIME, GrantDeadlineProcess.warningTime(event.warnOn()),
						GrantDeadlineProcess.LAPSE_TIME, GrantDeadlineProcess.lapseTime(event.dueOn())));
	}

	/** The new dates are set with the message: the deadline's timers start again from them. */
	@EventListener
	void on(DeadlineEvents.DeadlineExtended event) {
		steps.correlate(GrantDeadlineProcess.DEADLINE_EXTENDED, GrantDeadlineProcess.DEADLINE_ID, event.deadlineId(),
				Map.of(GrantDeadlineProcess.WARNING_TIME, GrantDeadlineProcess.warningTime(event.warnOn()),
						GrantDeadlineProcess.LAPSE_TIME, GrantDeadlineProcess.lapseTime(event.dueOn())));
	}

	/**
	 * A deadline met or cancelled ends its process if it still runs; one that has already ended (its grant lapsed
	 * on this very deadline) has nothing to stop.
	 */
	@EventListener
	void on(DeadlineEvents.DeadlineClosed event) {
		steps.correlateIfWaiting(GrantDeadlineProcess.DEADLINE_CLOSED, GrantDeadlineProcess.DEADLINE_ID,
				event.deadlineId());
	}

}
