package fr.metropolerouen.guichetess.workflow;

import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The engine's backlog as Prometheus gauges: {@code guichet_engine_due_jobs} (jobs that could run now) and
 * {@code guichet_engine_failed_jobs} (jobs whose retries are exhausted: open incidents). Counted by SQL every
 * {@code guichet.metrics.refresh}, not at each scrape, and the same on every node (the database is shared).
 */
@Component
class EngineMetrics implements MeterBinder {

	private final EngineBacklog backlog;

	private final AtomicLong dueJobs = new AtomicLong();

	private final AtomicLong failedJobs = new AtomicLong();

	EngineMetrics(EngineBacklog backlog) {
		this.backlog = backlog;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("guichet.engine.due.jobs", dueJobs, AtomicLong::get)
			.description("Jobs of the process engine due now and not yet run")
			.register(registry);
		Gauge.builder("guichet.engine.failed.jobs", failedJobs, AtomicLong::get)
			.description("Jobs of the process engine whose retries are exhausted (open incidents)")
			.register(registry);
	}

	/** Once the application is ready (demo data included), then every {@code guichet.metrics.refresh}. */
	@EventListener(ApplicationReadyEvent.class)
	@Scheduled(initialDelayString = "${guichet.metrics.refresh}", fixedDelayString = "${guichet.metrics.refresh}")
	void refresh() {
		dueJobs.set(backlog.dueJobs());
		failedJobs.set(backlog.failedJobs());
	}

}
