package fr.metropolerouen.guichetess.workflow;

import org.camunda.bpm.engine.ManagementService;
import org.springframework.stereotype.Component;

/** The engine's backlog, counted in its tables: what the job executor's health indicator and the metrics report. */
@Component
class EngineBacklog {

	private final ManagementService management;

	EngineBacklog(ManagementService management) {
		this.management = management;
	}

	/** Jobs that could run now and have not run yet. */
	long dueJobs() {
		return management.createJobQuery().executable().count();
	}

	/** Jobs whose retries are exhausted: each is an open incident, waiting for an administrator's retry. */
	long failedJobs() {
		return management.createJobQuery().noRetriesLeft().count();
	}

}
