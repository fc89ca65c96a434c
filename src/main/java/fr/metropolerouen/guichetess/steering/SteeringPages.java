package fr.metropolerouen.guichetess.steering;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.steering.ProcessAnalyticsView.GroupSteps;
import fr.metropolerouen.guichetess.steering.ProcessAnalyticsView.StepTime;
import fr.metropolerouen.guichetess.steering.YearIndicators.Beneficiaries;
import fr.metropolerouen.guichetess.steering.YearIndicators.SchemeIndicators;
import fr.metropolerouen.guichetess.steering.YearIndicators.Share;
import fr.metropolerouen.guichetess.web.PageController;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The steering pages (pilotage) of officers, finance and administrators: a year's indicators with their charts, the
 * step times of the procedure, and the annual report's files, from the same services as {@code /api/steering/**}.
 * The charts' figures travel in a {@code data-chart} attribute (JSON) that {@code static/js/steering-chart.js} draws:
 * the Content-Security-Policy forbids inline scripts.
 */
@PageController
class SteeringPages {

	/** The chart across years shows the year chosen and the four before it, as the annual report does. */
	private static final int YEARS_IN_CHART = 5;

	/** The years offered by the selector: this year and the five before it (and the year shown, if older). */
	private static final int YEARS_OFFERED = 6;

	private static final int FIRST_YEAR = 2000;

	private static final int LAST_YEAR = 2100;

	private final SteeringIndicators indicators;

	private final ProcessAnalytics analytics;

	private final AnnualReport report;

	private final ObjectMapper json;

	private final Clock clock;

	SteeringPages(SteeringIndicators indicators, ProcessAnalytics analytics, AnnualReport report, ObjectMapper json,
			Clock clock) {
		this.indicators = indicators;
		this.analytics = analytics;
		this.report = report;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping("/pilotage")
	String indicators(@RequestParam(name = "annee", required = false) String year, Model model,
			HttpServletResponse response) {
		Integer shown = shownYear(year, model, response);
		if (shown == null) {
			return "steering/indicators";
		}
		YearIndicators ofYear = indicators.of(shown);
		List<SchemeIndicators> columns = new ArrayList<>(ofYear.schemes());
		columns.add(ofYear.allSchemes());
		List<YearBar> bars = indicators.perYear(shown - YEARS_IN_CHART + 1, shown);
		model.addAttribute("indicators", ofYear);
		model.addAttribute("columns", columns);
		model.addAttribute("bars", bars);
		model.addAttribute("perYearChart", perYearChart(bars));
		model.addAttribute("shareTables", List.of(shareTable("families", columns, Beneficiaries::byLegalFamily),
				shareTable("communes", columns, Beneficiaries::byCommune)));
		return "steering/indicators";
	}

	@GetMapping("/pilotage/processus")
	String process(@RequestParam(name = "annee", required = false) String year, Model model,
			HttpServletResponse response) {
		Integer shown = shownYear(year, model, response);
		if (shown == null) {
			return "steering/process";
		}
		ProcessAnalyticsView process = analytics.of(shown);
		model.addAttribute("process", process);
		model.addAttribute("stepCharts", process.stepTimesPerScheme()
			.stream()
			.map(group -> new StepChart(group, stepChart(group)))
			.toList());
		return "steering/process";
	}

	@GetMapping("/pilotage/rapport-annuel.pdf")
	ResponseEntity<byte[]> annualReportPdf(@RequestParam(name = "annee", required = false) String year) {
		return report.pdf(fileYear(year));
	}

	@GetMapping("/pilotage/rapport-annuel.xlsx")
	ResponseEntity<byte[]> annualReportXlsx(@RequestParam(name = "annee", required = false) String year) {
		return report.xlsx(fileYear(year));
	}

	/**
	 * The year asked for, or this year when none is; null for one that is not a year between 2000 and 2100: the page
	 * then says so (answered 400) instead of its figures.
	 */
	private Integer shownYear(String asked, Model model, HttpServletResponse response) {
		Integer year = parsedYear(asked);
		List<Integer> offered = offeredYears(year);
		model.addAttribute("years", offered);
		model.addAttribute("year", year == null ? offered.get(0) : year);
		if (year == null) {
			model.addAttribute("invalidYear", asked);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		return year;
	}

	private int fileYear(String asked) {
		Integer year = parsedYear(asked);
		if (year == null) {
			throw new InvalidRequestException("« " + asked + " » n'est pas une année valide : choisissez une année "
					+ "entre " + FIRST_YEAR + " et " + LAST_YEAR + ".");
		}
		return year;
	}

	private Integer parsedYear(String asked) {
		if (asked == null || asked.isBlank()) {
			return thisYear();
		}
		try {
			int year = Integer.parseInt(asked.strip());
			return year < FIRST_YEAR || year > LAST_YEAR ? null : year;
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	/** Most recent first. */
	private List<Integer> offeredYears(Integer shown) {
		TreeSet<Integer> years = new TreeSet<>();
		for (int i = 0; i < YEARS_OFFERED; i++) {
			years.add(thisYear() - i);
		}
		if (shown != null) {
			years.add(shown);
		}
		return new ArrayList<>(years.descendingSet());
	}

	private int thisYear() {
		return FrenchFormat.today(clock).getYear();
	}

	private ShareTable shareTable(String name, List<SchemeIndicators> columns,
			Function<Beneficiaries, List<Share>> shares) {
		List<ShareRow> rows = ShareRow.pivot(columns, shares);
		return new ShareTable(name, rows, sharesChart(columns.subList(0, columns.size() - 1), rows));
	}

	/** Per year: each scheme's dossiers received and aids granted. */
	private String perYearChart(List<YearBar> bars) {
		List<Integer> years = bars.stream().map(YearBar::year).distinct().toList();
		List<Series> series = new ArrayList<>();
		bars.stream().map(YearBar::schemeName).distinct().forEach(scheme -> {
			List<YearBar> ofScheme = bars.stream().filter(bar -> bar.schemeName().equals(scheme)).toList();
			series.add(new Series("received", scheme, ofScheme.stream().map(bar -> (Number) bar.received()).toList()));
			series.add(new Series("granted", scheme, ofScheme.stream().map(bar -> (Number) bar.granted()).toList()));
		});
		return write(new Chart(false, false, years.stream().map(String::valueOf).toList(), series));
	}

	/** Horizontal bars, one per family or commune, stacked by scheme. */
	private String sharesChart(List<SchemeIndicators> schemes, List<ShareRow> rows) {
		List<Series> series = new ArrayList<>();
		for (int column = 0; column < schemes.size(); column++) {
			int index = column;
			series.add(new Series("beneficiaries", schemes.get(column).schemeName(),
					rows.stream().map(row -> (Number) row.counts().get(index)).toList()));
		}
		return write(new Chart(true, true, rows.stream().map(ShareRow::label).toList(), series));
	}

	/** Per step: the median and the 90th percentile in days (no bar for a step nobody went through). */
	private String stepChart(GroupSteps group) {
		List<StepTime> steps = group.steps();
		return write(new Chart(false, false, steps.stream().map(StepTime::label).toList(),
				List.of(new Series("median", null, steps.stream().map(step -> (Number) step.medianDays()).toList()),
						new Series("p90", null, steps.stream().map(step -> (Number) step.p90Days()).toList()))));
	}

	private String write(Chart chart) {
		try {
			return json.writeValueAsString(chart);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("A chart's figures cannot be written in JSON", e);
		}
	}

	/** A family's or a commune's beneficiaries, one count per column of the page's table. */
	/** The beneficiaries by family or by commune ({@code name}: the table's id and its messages), with their chart. */
	record ShareTable(String name, List<ShareRow> rows, String chart) {
	}

	/** A scheme's step times and its chart. */
	record StepChart(GroupSteps group, String chart) {
	}

	/**
	 * What {@code steering-chart.js} draws: bars, horizontal or not, stacked or not. A series names its measure (its
	 * label is read from the canvas' {@code data-label-<measure>}) and its scheme, if any.
	 */
	record Chart(boolean horizontal, boolean stacked, List<String> labels, List<Series> series) {
	}

	record Series(String measure, String group, List<Number> values) {
	}

}
