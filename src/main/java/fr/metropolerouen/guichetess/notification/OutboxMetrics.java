package fr.metropolerouen.guichetess.notification;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@code guichet_outbox_mails{state}}: the mails in each state of the outbox (pending, sending, sent, failed),
 * counted by SQL every {@code guichet.metrics.refresh}, not at each scrape.
 */
@Component
class OutboxMetrics implements MeterBinder {

	private final OutboxFigures figures;

	private final Map<MailStatus, AtomicLong> counts = new EnumMap<>(MailStatus.class);

	OutboxMetrics(OutboxFigures figures) {
		this.figures = figures;
		for (MailStatus status : MailStatus.values()) {
			counts.put(status, new AtomicLong());
		}
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		counts.forEach((status, count) -> Gauge.builder("guichet.outbox.mails", count, AtomicLong::get)
			.description("Mails of the outbox in each state")
			.tag("state", status.name())
			.register(registry));
	}

	/** Once the application is ready (demo data included), then every {@code guichet.metrics.refresh}. */
	@EventListener(ApplicationReadyEvent.class)
	@Scheduled(initialDelayString = "${guichet.metrics.refresh}", fixedDelayString = "${guichet.metrics.refresh}")
	void refresh() {
		figures.countPerStatus().forEach((status, count) -> counts.get(status).set(count));
	}

}
