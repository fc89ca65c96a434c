package fr.metropolerouen.guichetess.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The server's own time per kind of request, read from Tomcat's access log of the run: where a scenario's time goes
 * (thirteen uploads or one submit?), which the client's figures alone cannot say.
 */
final class RequestCosts {

	/** What Tomcat writes per request: method, path, status, time taken in microseconds. */
	static final String PATTERN = "%m %U %s %D";

	private static final Pattern IDS = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private RequestCosts() {
	}

	/** The application settings that make Tomcat log each request, unbuffered, into {@code folder}. */
	static Map<String, Object> accessLogInto(Path folder) {
		return Map.of("server.tomcat.accesslog.enabled", "true", "server.tomcat.accesslog.directory",
				folder.toAbsolutePath().toString(), "server.tomcat.accesslog.pattern", PATTERN,
				"server.tomcat.accesslog.buffered", "false");
	}

	/** One line per kind of request (method, path with ids folded, status), the most costly in total first. */
	static List<String> summary(Path folder) throws IOException {
		Map<String, List<Long>> micros = new TreeMap<>();
		try (Stream<Path> logs = Files.list(folder)) {
			for (Path log : logs.filter(path -> path.getFileName().toString().startsWith("access_log")).toList()) {
				for (String line : Files.readAllLines(log)) {
					String[] fields = line.trim().split(" ");
					if (fields.length == 4) {
						String kind = fields[0] + " " + IDS.matcher(fields[1]).replaceAll("{id}") + " " + fields[2];
						micros.computeIfAbsent(kind, k -> new ArrayList<>()).add(Long.parseLong(fields[3]));
					}
				}
			}
		}
		return micros.entrySet()
			.stream()
			.sorted(Comparator.comparingLong(entry -> -total(entry.getValue())))
			.limit(15)
			.map(entry -> describe(entry.getKey(), entry.getValue()))
			.toList();
	}

	private static String describe(String kind, List<Long> micros) {
		List<Long> sorted = micros.stream().sorted().toList();
		return "%s: %d requests, median %.1f ms, total %.1f s".formatted(kind, sorted.size(),
				sorted.get(sorted.size() / 2) / 1000.0, total(sorted) / 1e6);
	}

	private static long total(List<Long> micros) {
		return micros.stream().mapToLong(Long::longValue).sum();
	}

}
