package fr.metropolerouen.guichetess.benchmark;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import fr.metropolerouen.guichetess.support.TestDatabases;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The benchmark harness at a tiny scale, on this run's database: every scenario runs and reports a figure, and the
 * correctness figures hold (no over-commitment, no job run twice, no Java-serialised variable). Its child JVM has its
 * own fresh database: the shared test context is not touched. Speed is not asserted here (the machine is shared):
 * that is what {@code ./mvnw -Pbenchmark verify} reports.
 */
class BenchmarkSmokeIntegrationTests {

	private static final Map<String, String> TINY = Map.ofEntries(Map.entry("benchmark.sizes", "300"),
			Map.entry("benchmark.clients", "4"), Map.entry("benchmark.engine.starts", "50"),
			Map.entry("benchmark.submissions", "12"), Map.entry("benchmark.cases", "8"),
			Map.entry("benchmark.committee.dossiers", "8"), Map.entry("benchmark.letters", "6"),
			Map.entry("benchmark.jobs", "50"), Map.entry("benchmark.latency.requests", "10"),
			Map.entry("benchmark.latency.warmup", "2"), Map.entry("benchmark.child.heap", "1g"),
			// the integration tests' cheap password hashing (application-test.yml): every API call authenticates
			Map.entry("benchmark.app.guichet.security.argon2.memory-kib", "64"),
			Map.entry("benchmark.app.guichet.security.argon2.iterations", "1"));

	@Test
	void everyScenarioReportsAFigureAndTheCorrectnessFiguresHold() {
		// a minute and more of a second JVM: run once, on the production database, to keep ./mvnw verify under its
		// 15 minutes; ./mvnw -Pbenchmark verify runs the same harness on H2 too
		assumeTrue(TestDatabases.onPostgres(), "the smoke run of the benchmark runs on PostgreSQL only");
		String database = "postgresql";

		List<BenchmarkResult> figures = PerformanceBenchmark.run(database, TINY,
				Path.of("target", "benchmarks", "smoke"), 10);

		PerformanceBenchmark.write(Path.of("target", "benchmarks", "smoke", "report-" + database + ".md"),
				PerformanceBenchmark.report(Map.of(database, figures), "smoke run"));
		assertThat(figures).as("no scenario failed").noneMatch(figure -> figure.text().startsWith("FAILED"));
		assertThat(figures).extracting(BenchmarkResult::id)
			.contains("startup", "heap", "engine.1", "engine.4", "submissions.1", "submissions.4", "ratio.1", "ratio.4",
					"jobs", "jobs.duplicates", "letters.1", "letters.2", "committee.decisions",
					"committee.overcommitment", "committee.accepted", "committee.refused", "cases.4", "inbox.300",
					"inbox-unpaged.300", "list.300", "search.300", "requests.0", "facts.statuses", "facts.audit", "facts.ledger", "serialised.variables",
					"serialised.bytearrays");
		for (String throughput : List.of("startup", "heap", "engine.1", "engine.4", "submissions.1", "submissions.4",
				"ratio.1", "ratio.4", "jobs", "letters.1", "letters.2", "committee.decisions", "cases.4", "inbox.300",
				"list.300")) {
			assertThat(value(figures, throughput)).as(throughput).isPositive();
		}
		assertThat(value(figures, "committee.overcommitment")).as("over-commitment").isLessThanOrEqualTo(0);
		assertThat(value(figures, "committee.accepted")).as("accepted grants: the envelope has room for half")
			.isEqualTo(4);
		assertThat(value(figures, "committee.refused")).isEqualTo(4);
		assertThat(value(figures, "jobs.duplicates")).as("jobs run twice").isZero();
		assertThat(value(figures, "serialised.variables")).as("Java-serialised variables").isZero();
		assertThat(value(figures, "serialised.bytearrays")).isZero();
		assertThat(figure(figures, "facts.audit").met()).as("audit chain intact").isTrue();
		assertThat(figure(figures, "facts.ledger").met()).as("ledger consistent").isTrue();
	}

	private static BenchmarkResult figure(List<BenchmarkResult> figures, String id) {
		return figures.stream().filter(figure -> figure.id().equals(id)).findFirst().orElseThrow();
	}

	private static double value(List<BenchmarkResult> figures, String id) {
		Double value = figure(figures, id).value();
		assertThat(value).as(id + ": " + figure(figures, id).text()).isNotNull();
		return value;
	}

}
