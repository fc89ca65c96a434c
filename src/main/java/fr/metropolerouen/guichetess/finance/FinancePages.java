package fr.metropolerouen.guichetess.finance;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import fr.metropolerouen.guichetess.envelope.EntryKind;
import fr.metropolerouen.guichetess.envelope.LedgerEntryView;
import fr.metropolerouen.guichetess.envelope.LedgerSearch;
import fr.metropolerouen.guichetess.finance.FinanceLedgerController.LedgerQuery;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.PageResponse;
import fr.metropolerouen.guichetess.shared.TableExports;
import fr.metropolerouen.guichetess.web.PageController;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Finance's reports in the browser: the ledger with its filters and exports, the forecast of a year and the annual
 * summary with its exports. The same services and files as the API's {@code /api/finance/...} endpoints, served under
 * {@code /finances} so that a logged-in session can download them.
 */
@PageController
class FinancePages {

	private static final int PAGE_SIZE = 50;

	private final LedgerSearch search;

	private final LedgerLines lines;

	private final Forecasts forecasts;

	private final AnnualSummaries summaries;

	private final Clock clock;

	FinancePages(LedgerSearch search, LedgerLines lines, Forecasts forecasts, AnnualSummaries summaries, Clock clock) {
		this.search = search;
		this.lines = lines;
		this.forecasts = forecasts;
		this.summaries = summaries;
		this.clock = clock;
	}

	@GetMapping("/finances/grand-livre")
	String ledger(@ModelAttribute("filter") LedgerQuery query, BindingResult result,
			@RequestParam(defaultValue = "0") int page, Model model) {
		LedgerQuery filter = result.hasErrors() ? new LedgerQuery(null, null, null, null, null, null) : query;
		PageResponse<LedgerEntryView> entries = search.page(filter.filter(), Math.max(page, 0), PAGE_SIZE);
		model.addAttribute("lines", lines.of(entries.content()));
		model.addAttribute("page", entries);
		model.addAttribute("invalidFilter", result.hasErrors());
		model.addAttribute("schemes", AidScheme.values());
		model.addAttribute("kinds", EntryKind.values());
		String parameters = queryString(filter);
		model.addAttribute("query", parameters);
		model.addAttribute("pageQuery", parameters.isEmpty() ? "?page=" : parameters + "&page=");
		return "finance/ledger";
	}

	@GetMapping("/finances/grand-livre.csv")
	ResponseEntity<byte[]> ledgerCsv(@ModelAttribute LedgerQuery query) {
		return TableExports.csv(LedgerLines.table(lines.of(search.all(query.filter()))));
	}

	@GetMapping("/finances/grand-livre.xlsx")
	ResponseEntity<byte[]> ledgerXlsx(@ModelAttribute LedgerQuery query) {
		return TableExports.xlsx(LedgerLines.table(lines.of(search.all(query.filter()))));
	}

	@GetMapping("/finances/previsions")
	String forecast(@RequestParam(required = false) Integer year, Model model) {
		int shown = validYear(year);
		model.addAttribute("year", shown);
		model.addAttribute("years", years());
		model.addAttribute("forecast", forecasts.of(shown));
		model.addAttribute("summary", summaries.of(shown, shown));
		return "finance/forecast";
	}

	@GetMapping("/finances/bilan.csv")
	ResponseEntity<byte[]> summaryCsv(@RequestParam(required = false) Integer year) {
		int shown = validYear(year);
		return TableExports.csv(AnnualSummaries.table(summaries.of(shown, shown)));
	}

	@GetMapping("/finances/bilan.xlsx")
	ResponseEntity<byte[]> summaryXlsx(@RequestParam(required = false) Integer year) {
		int shown = validYear(year);
		return TableExports.xlsx(AnnualSummaries.table(summaries.of(shown, shown)));
	}

	private int validYear(Integer year) {
		return year == null || year < 2000 || year > 2100 ? thisYear() : year;
	}

	private List<Integer> years() {
		int now = thisYear();
		return Arrays.asList(now + 1, now, now - 1, now - 2, now - 3, now - 4);
	}

	private int thisYear() {
		return FrenchFormat.today(clock).getYear();
	}

	/** The filter as a query string ("" or "?scheme=...&..."), for the export links and the pages. */
	private static String queryString(LedgerQuery query) {
		UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
		add(uri, "scheme", query.scheme());
		add(uri, "year", query.year());
		add(uri, "dossierId", query.dossierId());
		add(uri, "kind", query.kind());
		add(uri, "from", query.from());
		add(uri, "to", query.to());
		String built = uri.build().encode().toUriString();
		return built.isEmpty() ? "" : built;
	}

	private static void add(UriComponentsBuilder uri, String name, Object value) {
		if (value != null) {
			uri.queryParam(name, value);
		}
	}

}
