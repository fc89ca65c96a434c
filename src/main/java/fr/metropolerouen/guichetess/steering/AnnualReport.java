package fr.metropolerouen.guichetess.steering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import fr.metropolerouen.guichetess.letter.PdfDocuments;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.Table;
import fr.metropolerouen.guichetess.shared.Table.Column;
import fr.metropolerouen.guichetess.shared.TableExports;
import fr.metropolerouen.guichetess.steering.ProcessAnalyticsView.GroupSteps;
import fr.metropolerouen.guichetess.steering.ProcessAnalyticsView.Rework;
import fr.metropolerouen.guichetess.steering.ProcessAnalyticsView.StepTime;
import fr.metropolerouen.guichetess.steering.YearIndicators.SchemeIndicators;
import fr.metropolerouen.guichetess.steering.YearIndicators.Share;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * The annual report of a year for the annual meeting of the ESS roadmap: the same tables as a PDF (rendered by the
 * letters' machinery, with a chart of the last five years) and as an XLSX workbook, one sheet per table.
 */
@Service
class AnnualReport {

	/** The chart across years shows the report's year and the four before it. */
	private static final int YEARS_IN_CHART = 5;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final SteeringIndicators indicators;

	private final ProcessAnalytics analytics;

	private final PdfDocuments documents;

	AnnualReport(SteeringIndicators indicators, ProcessAnalytics analytics, PdfDocuments documents) {
		this.indicators = indicators;
		this.analytics = analytics;
		this.documents = documents;
	}

	ResponseEntity<byte[]> pdf(int year) {
		Contents contents = contents(year);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("title", "Rapport annuel " + year + " des aides aux entreprises de l'ESS");
		model.put("reference", null);
		model.put("year", year);
		model.put("computedOn", FrenchFormat.longDate(contents.indicators().computedOn()));
		model.put("received", contents.indicators().allSchemes().dossiers().received());
		model.put("granted", contents.indicators().allSchemes().dossiers().granted());
		model.put("grantedAmount", FrenchFormat.euros(contents.indicators().allSchemes().amounts().granted()));
		model.put("beneficiaries", contents.indicators().allSchemes().beneficiaries().total());
		model.put("bars", bars(contents.years()));
		model.put("sections", contents.tables().stream().map(AnnualReport::section).toList());
		return TableExports.attachment("rapport-annuel-" + year + ".pdf", MediaType.APPLICATION_PDF,
				documents.annualReport(model));
	}

	ResponseEntity<byte[]> xlsx(int year) {
		return TableExports.xlsx("rapport-annuel-" + year, contents(year).tables());
	}

	private Contents contents(int year) {
		YearIndicators ofYear = indicators.of(year);
		ProcessAnalyticsView process = analytics.of(year);
		List<YearBar> years = indicators.perYear(year - YEARS_IN_CHART + 1, year);
		List<SchemeIndicators> columns = new ArrayList<>(ofYear.schemes());
		columns.add(ofYear.allSchemes());
		List<Table> tables = List.of(dossiers(columns), amounts(columns), jobs(columns),
				shares("Familles", "Famille juridique", columns, YearIndicators.Beneficiaries::byLegalFamily),
				shares("Communes", "Commune", columns, YearIndicators.Beneficiaries::byCommune), stepTimes("Délais", "Dispositif",
						process.stepTimesPerScheme()),
				stepTimes("Délais par agent", "Agent", process.stepTimesPerOfficer()), rework(process),
				nearRejection(process), perYear(years));
		return new Contents(ofYear, years, tables);
	}

	private static Table dossiers(List<SchemeIndicators> columns) {
		return perScheme("Dossiers", columns, Column::integer,
				row("Dossiers déposés", s -> s.dossiers().received()),
				row("Dossiers éligibles", s -> s.dossiers().eligible()),
				row("Aides accordées", s -> s.dossiers().granted()),
				row("Dossiers refusés", s -> s.dossiers().refused()),
				row("Dossiers retirés par le porteur", s -> s.dossiers().withdrawn()),
				row("Dossiers classés sans suite", s -> s.dossiers().closedWithoutFollowUp()),
				row("Aides devenues caduques", s -> s.dossiers().lapsed()),
				row("Aides retirées", s -> s.dossiers().grantWithdrawn()),
				row("Dossiers en cours", s -> s.dossiers().inProgress()));
	}

	private static Table amounts(List<SchemeIndicators> columns) {
		return perScheme("Montants", columns, Column::amount, row("Montant demandé", s -> s.amounts().requested()),
				row("Montant accordé", s -> s.amounts().granted()), row("Montant versé", s -> s.amounts().paid()),
				row("Montant dégagé", s -> s.amounts().released()));
	}

	private static Table jobs(List<SchemeIndicators> columns) {
		return perScheme("Emplois", columns, Column::integer,
				row("Dossiers déposés déclarant leurs emplois", s -> s.jobsDeclared().dossiers()),
				row("Effectif salarié des structures (dossiers déposés)", s -> s.jobsDeclared().headcount()),
				row("Emplois créés (dossiers déposés)", s -> s.jobsDeclared().created()),
				row("Emplois maintenus (dossiers déposés)", s -> s.jobsDeclared().kept()),
				row("Effectif salarié des structures (aides accordées)", s -> s.jobsOfGrants().headcount()),
				row("Emplois créés (aides accordées)", s -> s.jobsOfGrants().created()),
				row("Emplois maintenus (aides accordées)", s -> s.jobsOfGrants().kept()));
	}

	/** One row per family or commune present in any scheme, one column per scheme: beneficiaries counted. */
	private static Table shares(String name, String header, List<SchemeIndicators> columns,
			Function<YearIndicators.Beneficiaries, List<Share>> shares) {
		List<List<Object>> rows = ShareRow.pivot(columns, shares).stream().map(row -> {
			List<Object> cells = new ArrayList<>(List.of(row.label()));
			cells.addAll(row.counts());
			return cells;
		}).toList();
		return new Table(name, headers(header, columns, Column::integer), rows);
	}

	private static Table stepTimes(String name, String groupHeader, List<GroupSteps> groups) {
		List<List<Object>> rows = new ArrayList<>();
		for (GroupSteps group : groups) {
			for (StepTime step : group.steps()) {
				rows.add(Arrays.asList(group.group(), step.label(), step.samples(), step.medianDays(), step.p90Days()));
			}
		}
		return new Table(name, List.of(Column.text(groupHeader), Column.text("Étape"), Column.integer("Mesures"),
				Column.decimal("Médiane (jours)"), Column.decimal("90e centile (jours)")), rows);
	}

	private static Table rework(ProcessAnalyticsView process) {
		List<List<Object>> rows = new ArrayList<>();
		process.reworkPerScheme().forEach(r -> rows.add(reworkRow("Dispositif", r)));
		process.reworkPerOfficer().forEach(r -> rows.add(reworkRow("Agent", r)));
		return new Table("Pièces manquantes", List.of(Column.text("Regroupement"), Column.text("Nom"),
				Column.integer("Dossiers"), Column.integer("Dossiers avec pièces demandées"),
				Column.integer("Demandes de pièces"), Column.integer("Demandes pour un même dossier (au plus)")),
				rows);
	}

	private static List<Object> reworkRow(String grouping, Rework rework) {
		return List.of(grouping, rework.group(), rework.dossiers(), rework.dossiersWithRework(), rework.rounds(),
				rework.mostRounds());
	}

	private static Table nearRejection(ProcessAnalyticsView process) {
		List<List<Object>> rows = process.nearImplicitRejection()
			.stream()
			.map(d -> List.<Object>of(d.reference(), d.schemeName(), d.statusLabel(), d.officer(), d.submissionDate(),
					d.implicitRejectionDate(), d.daysLeft()))
			.toList();
		return new Table("Rejet implicite proche", List.of(Column.text("Dossier"), Column.text("Dispositif"),
				Column.text("Statut"), Column.text("Agent"), Column.date("Déposé le"),
				Column.date("Rejet implicite le"), Column.integer("Jours restants")), rows);
	}

	private static Table perYear(List<YearBar> years) {
		return new Table("Années", List.of(Column.integer("Année de dépôt"), Column.text("Dispositif"),
				Column.integer("Dossiers déposés"), Column.integer("Aides accordées"),
				Column.amount("Montant demandé"), Column.amount("Montant accordé")),
				years.stream()
					.map(bar -> List.<Object>of(bar.year(), bar.schemeName(), bar.received(), bar.granted(),
							bar.requestedAmount(), bar.grantedAmount()))
					.toList());
	}

	@SafeVarargs
	private static Table perScheme(String name, List<SchemeIndicators> columns, Function<String, Column> column,
			Row... rows) {
		return new Table(name, headers("Indicateur", columns, column),
				Stream.of(rows).map(row -> row.cells(columns)).toList());
	}

	private static List<Column> headers(String first, List<SchemeIndicators> columns,
			Function<String, Column> column) {
		List<Column> headers = new ArrayList<>(List.of(Column.text(first)));
		columns.forEach(scheme -> headers.add(column.apply(scheme.schemeName())));
		return headers;
	}

	private static Row row(String label, Function<SchemeIndicators, Object> figure) {
		return new Row(label, figure);
	}

	/** A table as the PDF prints it: French-formatted cells, numbers aligned right. */
	private static Map<String, Object> section(Table table) {
		List<Map<String, Object>> headers = table.columns()
			.stream()
			.map(c -> Map.<String, Object>of("label", c.header(), "numeric", c.type() != Table.Type.TEXT))
			.toList();
		List<List<Map<String, Object>>> rows = table.rows()
			.stream()
			.map(row -> {
				List<Map<String, Object>> cells = new ArrayList<>();
				for (int c = 0; c < row.size(); c++) {
					Table.Type type = table.columns().get(c).type();
					cells.add(Map.of("text", text(type, row.get(c)), "numeric", type != Table.Type.TEXT));
				}
				return cells;
			})
			.toList();
		return Map.of("title", table.name(), "headers", headers, "rows", rows);
	}

	private static String text(Table.Type type, Object value) {
		if (value == null) {
			return "–";
		}
		return switch (type) {
			case AMOUNT -> FrenchFormat.euros((BigDecimal) value);
			case DECIMAL -> ((BigDecimal) value).toPlainString().replace('.', ',');
			case DATE -> DAY.format((LocalDate) value);
			default -> value.toString();
		};
	}

	/** Bars of the chart across years, as widths in percent of the largest count. */
	private static List<Map<String, Object>> bars(List<YearBar> years) {
		long largest = Math.max(1, years.stream().mapToLong(YearBar::received).max().orElse(1));
		return years.stream()
			.map(bar -> Map.<String, Object>of("year", bar.year(), "schemeName", bar.schemeName(), "received",
					bar.received(), "granted", bar.granted(), "receivedWidth", percent(bar.received(), largest),
					"grantedWidth", percent(bar.granted(), largest)))
			.toList();
	}

	private static String percent(long count, long largest) {
		return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(largest), 1, RoundingMode.HALF_UP) + "%";
	}

	private record Contents(YearIndicators indicators, List<YearBar> years, List<Table> tables) {
	}

	/** A row of a per-scheme table: its label, then one figure per scheme. */
	private record Row(String label, Function<SchemeIndicators, Object> figure) {

		List<Object> cells(List<SchemeIndicators> columns) {
			List<Object> cells = new ArrayList<>(List.of(label));
			columns.forEach(scheme -> cells.add(figure.apply(scheme)));
			return cells;
		}

	}

}
