package fr.metropolerouen.guichetess.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of an operations check, printed and appended to {@code target/operations/report.md}, where CI and the
 * closing notes read them.
 */
final class OperationsReport {

	private final String title;

	private final Map<String, Object> figures = new LinkedHashMap<>();

	OperationsReport(String title) {
		this.title = title;
	}

	static Path folder() {
		Path folder = Path.of("target", "operations");
		try {
			return Files.createDirectories(folder);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	OperationsReport put(String figure, Object value) {
		figures.put(figure, value);
		return this;
	}

	void write() {
		StringBuilder text = new StringBuilder("\n## ").append(title).append("\n\n| figure | value |\n|---|---|\n");
		figures.forEach((figure, value) -> text.append("| ").append(figure).append(" | ").append(value).append(" |\n"));
		System.out.println(text);
		try {
			Files.writeString(folder().resolve("report.md"), text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
