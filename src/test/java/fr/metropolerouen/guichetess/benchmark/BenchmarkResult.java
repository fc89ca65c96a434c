package fr.metropolerouen.guichetess.benchmark;

/**
 * One figure of a benchmark run on one database, as the child JVM writes it (one JSON line each) and the orchestrator
 * reads it.
 *
 * @param id stable key of the figure (a row of the table)
 * @param label what the figure is, with its unit
 * @param value the number compared with the target (null for a fact that is text only, or a scenario that failed)
 * @param text how the cell shows it (several numbers, a fact, or the error that ended the scenario)
 * @param target the target in words ({@code ≥ 200}), empty when the issue sets none
 * @param met whether the value meets the target (null without a target)
 */
public record BenchmarkResult(String id, String label, Double value, String text, String target, Boolean met) {

	static BenchmarkResult figure(String id, String label, double value, String target, Boolean met) {
		return new BenchmarkResult(id, label, value, format(value), target, met);
	}

	/** At least {@code minimum}. */
	static BenchmarkResult atLeast(String id, String label, double value, double minimum) {
		return new BenchmarkResult(id, label, value, format(value), "≥ " + format(minimum), value >= minimum);
	}

	/** At most {@code maximum}. */
	static BenchmarkResult atMost(String id, String label, double value, double maximum) {
		return new BenchmarkResult(id, label, value, format(value), "≤ " + format(maximum), value <= maximum);
	}

	static BenchmarkResult fact(String id, String label, String text) {
		return new BenchmarkResult(id, label, null, text, "", null);
	}

	static BenchmarkResult failed(String id, String label, Throwable error) {
		String message = String.valueOf(error.getMessage()).replace('\n', ' ').replace('|', '/');
		return new BenchmarkResult(id, label, null,
				"FAILED: " + error.getClass().getSimpleName() + ": " + message.substring(0, Math.min(300, message.length())),
				"", false);
	}

	static String format(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e12) {
			return String.valueOf((long) value);
		}
		return Math.abs(value) >= 100 ? "%.0f".formatted(value) : Math.abs(value) >= 10 ? "%.1f".formatted(value)
				: "%.2f".formatted(value);
	}

}
