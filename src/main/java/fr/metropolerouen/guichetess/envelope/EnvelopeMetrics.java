package fr.metropolerouen.guichetess.envelope;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@code guichet_envelope_amount_euros{scheme,year,kind}}: each envelope's allocated, committed (engaged net of
 * releases), paid and available amounts, as the ledger gives them. One series per envelope and kind (two schemes, a
 * few years); envelopes opened later appear at the next refresh ({@code guichet.metrics.refresh}). A gauge is a
 * double: exact to the cent up to 2^53 cents, far above any envelope.
 */
@Component
class EnvelopeMetrics implements MeterBinder {

	private static final List<Kind> KINDS = List.of(new Kind("allocated", EnvelopeView::allocated),
			new Kind("committed", view -> view.engaged().subtract(view.released())),
			new Kind("paid", EnvelopeView::paid), new Kind("available", EnvelopeView::available));

	private final EnvelopeLedger ledger;

	private volatile MultiGauge amounts;

	EnvelopeMetrics(EnvelopeLedger ledger) {
		this.ledger = ledger;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		amounts = MultiGauge.builder("guichet.envelope.amount.euros")
			.description("Amounts of each envelope (euros): allocated, committed, paid, available")
			.register(registry);
	}

	/** Once the application is ready (demo data included), then every {@code guichet.metrics.refresh}. */
	@EventListener(ApplicationReadyEvent.class)
	@Scheduled(initialDelayString = "${guichet.metrics.refresh}", fixedDelayString = "${guichet.metrics.refresh}")
	void refresh() {
		MultiGauge gauge = amounts;
		if (gauge == null) {
			return;
		}
		List<MultiGauge.Row<?>> rows = new ArrayList<>();
		for (EnvelopeView envelope : ledger.list(null)) {
			for (Kind kind : KINDS) {
				Tags tags = Tags.of("scheme", envelope.scheme().name(), "year", String.valueOf(envelope.year()), "kind",
						kind.name());
				rows.add(MultiGauge.Row.of(tags, kind.amount().apply(envelope)));
			}
		}
		gauge.register(rows, true);
	}

	private record Kind(String name, Function<EnvelopeView, BigDecimal> amount) {
	}

}
