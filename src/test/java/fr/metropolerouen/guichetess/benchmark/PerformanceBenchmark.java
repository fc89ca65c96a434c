package fr.metropolerouen.guichetess.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark harness (issue 11): {@code ./mvnw -B -Pbenchmark verify}. For each database
 * ({@code -Dbenchmark.databases=h2,postgresql}) it starts one JVM of its own ({@link BenchmarkNode}), so that each
 * run's start-up time and heap are clean, reads its figures and prints one markdown table, one column per database,
 * also written to {@code target/benchmarks/report.md}. The scale is set by the {@code benchmark.*} system properties
 * (see {@link BenchmarkNode.Knobs}), passed on to the child JVMs.
 */
class PerformanceBenchmark {

	static final Path DIRECTORY = Path.of("target", "benchmarks");

	@Test
	void everyBenchmarkOnEveryDatabase() {
		List<String> databases = Arrays.stream(System.getProperty("benchmark.databases", "h2,postgresql").split(","))
			.map(String::trim)
			.filter(name -> !name.isEmpty())
			.toList();
		Map<String, List<BenchmarkResult>> results = new LinkedHashMap<>();
		for (String database : databases) {
			results.put(database, run(database, Map.of(), DIRECTORY, Integer.getInteger("benchmark.timeout.minutes", 60)));
		}
		String report = report(results, "full run");
		write(DIRECTORY.resolve("report.md"), report);
		System.out.println(report);
		results.forEach((database, figures) -> assertThat(figures).as("figures of " + database)
			.extracting(BenchmarkResult::id)
			.contains("startup", "submissions." + Integer.getInteger("benchmark.clients", 16)));
	}

	/**
	 * Runs every scenario on one database in a new JVM, the {@code benchmark.*} system properties of this JVM
	 * overridden by {@code knobs}; the figures in the order the child wrote them.
	 */
	static List<BenchmarkResult> run(String database, Map<String, String> knobs, Path directory, int timeoutMinutes) {
		try {
			Files.createDirectories(directory);
			Path results = directory.resolve(database + ".jsonl").toAbsolutePath();
			Path log = directory.resolve(database + ".log").toAbsolutePath();
			Files.deleteIfExists(results);
			List<String> command = new ArrayList<>();
			command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			command.add("-Xmx" + knobs.getOrDefault("benchmark.child.heap", System.getProperty("benchmark.child.heap", "3g")));
			command.add("-Dfile.encoding=UTF-8");
			Map<String, String> properties = new LinkedHashMap<>();
			System.getProperties().forEach((key, value) -> {
				if (key.toString().startsWith("benchmark.")) {
					properties.put(key.toString(), value.toString());
				}
			});
			properties.putAll(knobs);
			properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
			command.add("-cp");
			command.add(System.getProperty("java.class.path"));
			command.add(BenchmarkNode.class.getName());
			command.add(results.toString());
			command.add(database);
			System.out.println("[benchmark] " + database + ": child JVM started, log in " + log);
			Process child = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			if (!child.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
				child.descendants().forEach(ProcessHandle::destroyForcibly);
				child.destroyForcibly();
				throw new IllegalStateException("The " + database + " benchmark took more than " + timeoutMinutes
						+ " minutes; see " + log);
			}
			if (!Files.exists(results)) {
				throw new IllegalStateException("The " + database + " benchmark wrote no figures (exit "
						+ child.exitValue() + "); see " + log);
			}
			List<BenchmarkResult> figures = new ArrayList<>();
			for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
				if (!line.isBlank()) {
					figures.add(BenchClient.JSON.readValue(line, BenchmarkResult.class));
				}
			}
			return figures;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** One markdown table: a row per figure, its target, and a column per database with whether it is met. */
	static String report(Map<String, List<BenchmarkResult>> results, String title) {
		Map<String, String> labels = new LinkedHashMap<>();
		Map<String, String> targets = new LinkedHashMap<>();
		results.values().forEach(figures -> figures.forEach(figure -> {
			labels.putIfAbsent(figure.id(), figure.label());
			if (!figure.target().isEmpty()) {
				targets.putIfAbsent(figure.id(), figure.target());
			}
		}));
		StringBuilder table = new StringBuilder();
		table.append("### Benchmark, ").append(title).append(", ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS))
			.append("\n\n")
			.append("%d cores, %s, Java %s (%s); knobs: %s%n%n".formatted(Runtime.getRuntime().availableProcessors(),
					System.getProperty("os.name") + " " + System.getProperty("os.arch"),
					System.getProperty("java.version"), ManagementFactory.getRuntimeMXBean().getVmName(),
					knobsInForce()));
		table.append("| figure | target |");
		results.keySet().forEach(database -> table.append(' ').append(database).append(" |"));
		table.append("\n|---|---|");
		results.keySet().forEach(database -> table.append("---|"));
		table.append('\n');
		labels.forEach((id, label) -> {
			table.append("| ").append(label).append(" | ").append(targets.getOrDefault(id, "")).append(" |");
			results.values().forEach(figures -> {
				BenchmarkResult figure = figures.stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
				table.append(' ').append(figure == null ? "—" : cell(figure)).append(" |");
			});
			table.append('\n');
		});
		return table.toString();
	}

	private static String cell(BenchmarkResult figure) {
		if (figure.met() == null) {
			return figure.text();
		}
		return figure.text() + (figure.met() ? " ✓" : " ✗ **missed**");
	}

	private static String knobsInForce() {
		Map<String, String> knobs = new java.util.TreeMap<>();
		System.getProperties().forEach((key, value) -> {
			if (key.toString().startsWith("benchmark.") && !key.toString().endsWith("password")) {
				knobs.put(key.toString().substring("benchmark.".length()), value.toString());
			}
		});
		return knobs.isEmpty() ? "defaults" : knobs.toString();
	}

	static void write(Path file, String text) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, text, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
