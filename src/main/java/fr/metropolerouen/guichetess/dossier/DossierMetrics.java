package fr.metropolerouen.guichetess.dossier;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import fr.metropolerouen.guichetess.scheme.AidScheme;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@code guichet_dossiers{scheme,status}}: how many dossiers are in each status, per scheme. One series per scheme and
 * status (a few dozen), never one per dossier; counted by one SQL query every {@code guichet.metrics.refresh}.
 */
@Component
class DossierMetrics implements MeterBinder {

	private final DossierRepository dossiers;

	private final Map<String, AtomicLong> counts = new HashMap<>();

	DossierMetrics(DossierRepository dossiers) {
		this.dossiers = dossiers;
		for (AidScheme scheme : AidScheme.values()) {
			for (DossierStatus status : DossierStatus.values()) {
				counts.put(key(scheme, status), new AtomicLong());
			}
		}
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (AidScheme scheme : AidScheme.values()) {
			for (DossierStatus status : DossierStatus.values()) {
				Gauge.builder("guichet.dossiers", counts.get(key(scheme, status)), AtomicLong::get)
					.description("Dossiers in each status, per scheme")
					.tag("scheme", scheme.name())
					.tag("status", status.name())
					.register(registry);
			}
		}
	}

	/** Once the application is ready (demo data included), then every {@code guichet.metrics.refresh}. */
	@EventListener(ApplicationReadyEvent.class)
	@Scheduled(initialDelayString = "${guichet.metrics.refresh}", fixedDelayString = "${guichet.metrics.refresh}")
	void refresh() {
		Map<String, Long> found = new HashMap<>();
		for (Object[] row : dossiers.countPerSchemeAndStatus()) {
			found.put(key((AidScheme) row[0], (DossierStatus) row[1]), ((Number) row[2]).longValue());
		}
		counts.forEach((key, count) -> count.set(found.getOrDefault(key, 0L)));
	}

	private static String key(AidScheme scheme, DossierStatus status) {
		return scheme.name() + "/" + status.name();
	}

}
