package fr.metropolerouen.guichetess.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code jobExecutor} in {@code /actuator/health}: DOWN when the engine's job executor is not running on this node,
 * since then no asynchronous step, timer or retry would ever run here. The backlog of due jobs and the open incidents
 * are details for the operator: a backlog drains by itself and an incident blocks one dossier, not the service
 * (they are also metrics, {@code guichet_engine_due_jobs} and {@code guichet_engine_failed_jobs}).
 */
@Component
class JobExecutorHealthIndicator extends AbstractHealthIndicator {

	private final ProcessEngine engine;

	private final EngineBacklog backlog;

	JobExecutorHealthIndicator(ProcessEngine engine, EngineBacklog backlog) {
		super("The engine's jobs could not be read");
		this.engine = engine;
		this.backlog = backlog;
	}

	@Override
	protected void doHealthCheck(Health.Builder health) {
		JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
			.getJobExecutor();
		if (jobExecutor == null) {
			health.down().withDetail("active", false);
			return;
		}
		if (jobExecutor.isActive()) {
			health.up();
		}
		else {
			health.down();
		}
		health.withDetail("active", jobExecutor.isActive())
			.withDetail("dueJobs", backlog.dueJobs())
			.withDetail("incidents", backlog.failedJobs());
	}

}
