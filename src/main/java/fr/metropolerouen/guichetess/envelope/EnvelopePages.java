package fr.metropolerouen.guichetess.envelope;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.Money;
import fr.metropolerouen.guichetess.web.PageController;
import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Finance's first page: each scheme's envelope per year (the figures of {@code GET /api/envelopes}) and, for each, a
 * chart of its allocated, engaged, paid and available amounts over time, computed from its ledger.
 */
@PageController
class EnvelopePages {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final EnvelopeLedger ledger;

	EnvelopePages(EnvelopeLedger ledger) {
		this.ledger = ledger;
	}

	@GetMapping("/finances")
	String envelopes(@RequestParam(required = false) Integer year, Model model) {
		List<EnvelopeView> all = ledger.list(null);
		List<Integer> years = all.stream().map(EnvelopeView::year).distinct().toList();
		List<EnvelopeView> shown = year == null ? all : ledger.list(year);
		Map<UUID, Series> series = new LinkedHashMap<>();
		for (EnvelopeView envelope : shown) {
			series.put(envelope.id(), series(envelope.id()));
		}
		model.addAttribute("envelopes", shown);
		model.addAttribute("series", series);
		model.addAttribute("years", years);
		model.addAttribute("year", year);
		return "finance/envelopes";
	}

	/** The chart's figures: one point per entry of the envelope's ledger, the totals once that entry counts. */
	@GetMapping(path = "/finances/enveloppes/{id}/courbe", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Series series(@PathVariable UUID id) {
		List<Point> points = new ArrayList<>();
		BigDecimal allocated = Money.ZERO;
		BigDecimal engaged = Money.ZERO;
		BigDecimal paid = Money.ZERO;
		for (LedgerEntryView entry : ledger.entries(id)) {
			BigDecimal amount = entry.amount();
			switch (entry.kind()) {
				case ALLOCATION, AMENDMENT_INCREASE -> allocated = allocated.add(amount);
				case AMENDMENT_DECREASE -> allocated = allocated.subtract(amount);
				case ENGAGEMENT -> engaged = engaged.add(amount);
				case RELEASE -> engaged = engaged.subtract(amount);
				case PAYMENT -> paid = paid.add(amount);
				case RECOVERY -> {
				}
			}
			LocalDate date = entry.operationDate() != null ? entry.operationDate()
					: LocalDate.ofInstant(entry.occurredAt(), FrenchFormat.ZONE);
			points.add(new Point(entry.number(), date.format(DAY), entry.kind().frenchLabel(), allocated, engaged, paid,
					allocated.subtract(engaged)));
		}
		return new Series(id, points);
	}

	/** An envelope's figures over time, for its chart and the table that says the same in text. */
	record Series(UUID envelopeId, List<Point> points) {
	}

	/**
	 * The envelope's totals after an entry ({@code number}, of {@code kind} on its operation {@code date});
	 * {@code engaged} is net of what was released, so that {@code available = allocated − engaged}.
	 */
	record Point(int number, String date, String kind, BigDecimal allocated, BigDecimal engaged, BigDecimal paid, BigDecimal available) {
	}

}
