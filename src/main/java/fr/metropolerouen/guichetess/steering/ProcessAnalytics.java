package fr.metropolerouen.guichetess.steering;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.metropolerouen.guichetess.dossier.DossierStatistics;
import fr.metropolerouen.guichetess.dossier.DossierStatistics.OpenDossier;
import fr.metropolerouen.guichetess.dossier.DossierStatistics.SubmittedDossier;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.scheme.SchemeCatalogue;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.steering.ProcessAnalyticsView.GroupCount;
import fr.metropolerouen.guichetess.steering.ProcessAnalyticsView.GroupSteps;
import fr.metropolerouen.guichetess.steering.ProcessAnalyticsView.NearRejection;
import fr.metropolerouen.guichetess.steering.ProcessAnalyticsView.Rework;
import fr.metropolerouen.guichetess.steering.ProcessAnalyticsView.StepTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analysis of the procedure from the engine's history. A dossier's time in a step is the sum of its passages
 * through it (a dossier checked twice for completeness counts both checks), once all of them are done: a step still
 * open, or interrupted by a withdrawal or a closure, measures nothing. The payment step counts each payment request
 * on its own. A dossier's officer is the one who reviewed it, or else the
 * one who last checked its completeness: its times, rounds and deadline count for that officer.
 */
@Service
@Transactional(readOnly = true)
class ProcessAnalytics {

	private final DossierStatistics dossiers;

	private final StepHistory history;

	private final SchemeCatalogue schemes;

	private final SteeringProperties properties;

	private final Clock clock;

	ProcessAnalytics(DossierStatistics dossiers, StepHistory history, SchemeCatalogue schemes,
			SteeringProperties properties, Clock clock) {
		this.dossiers = dossiers;
		this.history = history;
		this.schemes = schemes;
		this.properties = properties;
		this.clock = clock;
	}

	ProcessAnalyticsView of(int year) {
		List<SubmittedDossier> cohort = dossiers.submittedIn(year);
		Map<UUID, List<StepSpan>> spans = byDossier(history.stepsOf(cohort.stream().map(SubmittedDossier::id).toList()));
		List<Traced> traced = cohort.stream()
			.map(d -> new Traced(d.scheme(), officerOf(spans.getOrDefault(d.id(), List.of())),
					spans.getOrDefault(d.id(), List.of())))
			.toList();
		List<GroupSteps> perScheme = new ArrayList<>();
		List<Rework> reworkPerScheme = new ArrayList<>();
		for (AidScheme scheme : AidScheme.values()) {
			List<Traced> ofScheme = traced.stream().filter(t -> t.scheme() == scheme).toList();
			perScheme.add(steps(schemes.name(scheme), ofScheme));
			reworkPerScheme.add(rework(schemes.name(scheme), ofScheme));
		}
		perScheme.add(steps(YearIndicators.ALL_SCHEMES, traced));
		reworkPerScheme.add(rework(YearIndicators.ALL_SCHEMES, traced));
		Map<String, List<Traced>> perOfficer = new TreeMap<>(traced.stream()
			.collect(Collectors.groupingBy(Traced::officer)));
		LocalDate today = FrenchFormat.today(clock);
		List<NearRejection> near = nearImplicitRejection(today);
		return new ProcessAnalyticsView(year, today, perScheme,
				perOfficer.entrySet().stream().map(e -> steps(e.getKey(), e.getValue())).toList(), reworkPerScheme,
				perOfficer.entrySet().stream().map(e -> rework(e.getKey(), e.getValue())).toList(),
				properties.implicitRejectionWarningDays(), near, counts(near, NearRejection::schemeName),
				counts(near, NearRejection::officer));
	}

	/** Open dossiers whose implicit-rejection date is at most the warning's days away (or passed), soonest first. */
	private List<NearRejection> nearImplicitRejection(LocalDate today) {
		List<OpenDossier> near = dossiers.awaitingDecision()
			.stream()
			.filter(d -> ChronoUnit.DAYS.between(today, d.implicitRejectionDate()) <= properties
				.implicitRejectionWarningDays())
			.toList();
		Map<UUID, List<StepSpan>> spans = byDossier(history.stepsOf(near.stream().map(OpenDossier::id).toList()));
		return near.stream()
			.map(d -> new NearRejection(d.id(), d.reference(), d.scheme(), schemes.name(d.scheme()), d.status(),
					d.status().frenchLabel(), officerOf(spans.getOrDefault(d.id(), List.of())), d.submissionDate(),
					d.implicitRejectionDate(), ChronoUnit.DAYS.between(today, d.implicitRejectionDate())))
			.sorted(Comparator.comparing(NearRejection::implicitRejectionDate).thenComparing(NearRejection::reference))
			.toList();
	}

	private static GroupSteps steps(String group, List<Traced> dossiers) {
		List<StepTime> times = new ArrayList<>();
		for (ProcessStep step : ProcessStep.values()) {
			List<Long> samples = new ArrayList<>();
			dossiers.forEach(dossier -> samples.addAll(dossier.samples(step)));
			times.add(new StepTime(step, step.frenchLabel(), samples.size(),
					Percentiles.inDays(samples, Percentiles.MEDIAN), Percentiles.inDays(samples, Percentiles.NINETIETH)));
		}
		return new GroupSteps(group, times);
	}

	private static Rework rework(String group, List<Traced> dossiers) {
		List<Long> rounds = dossiers.stream().map(Traced::missingDocumentRounds).toList();
		return new Rework(group, dossiers.size(), rounds.stream().filter(r -> r > 0).count(),
				rounds.stream().mapToLong(Long::longValue).sum(), rounds.stream().mapToLong(Long::longValue).max().orElse(0));
	}

	private static List<GroupCount> counts(List<NearRejection> near, Function<NearRejection, String> group) {
		return new TreeMap<>(near.stream().collect(Collectors.groupingBy(group, Collectors.counting()))).entrySet()
			.stream()
			.map(e -> new GroupCount(e.getKey(), e.getValue()))
			.toList();
	}

	private static Map<UUID, List<StepSpan>> byDossier(List<StepSpan> spans) {
		return spans.stream().collect(Collectors.groupingBy(StepSpan::dossierId));
	}

	/** The officer who reviewed the dossier, or else who last checked its completeness. */
	private static String officerOf(List<StepSpan> spans) {
		for (ProcessStep step : List.of(ProcessStep.REVIEW, ProcessStep.COMPLETENESS)) {
			String officer = spans.stream()
				.filter(span -> span.step() == step && span.completed() && span.officer() != null)
				.max(Comparator.comparing(StepSpan::endedAt))
				.map(StepSpan::officer)
				.orElse(null);
			if (officer != null) {
				return officer;
			}
		}
		return ProcessAnalyticsView.UNASSIGNED;
	}

	/** A dossier of the year with its scheme, its officer and its passages through the steps. */
	private record Traced(AidScheme scheme, String officer, List<StepSpan> spans) {

		/** The durations this dossier adds to a step's statistics, in seconds. */
		List<Long> samples(ProcessStep step) {
			List<StepSpan> passages = spans.stream().filter(span -> span.step() == step).toList();
			if (step == ProcessStep.PAYMENT) {
				return passages.stream().filter(StepSpan::completed).map(StepSpan::seconds).toList();
			}
			if (passages.isEmpty() || !passages.stream().allMatch(StepSpan::completed)) {
				return List.of();
			}
			return List.of(passages.stream().mapToLong(StepSpan::seconds).sum());
		}

		long missingDocumentRounds() {
			return spans.stream().filter(span -> span.step() == ProcessStep.MISSING_DOCUMENTS).count();
		}

	}

}
