package fr.metropolerouen.guichetess.scheme;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The 71 communes of the Métropole Rouen Normandie, keyed by INSEE code (not postal code: a postal code can span
 * several communes). Source: {@code reference/communes-metropole-rouen.csv}.
 */
@Component
public class Territory {

	private static final String SOURCE = "reference/communes-metropole-rouen.csv";

	private final Map<String, String> communeNames;

	Territory() {
		this.communeNames = load();
	}

	public boolean contains(String inseeCode) {
		return inseeCode != null && communeNames.containsKey(inseeCode);
	}

	public Optional<String> communeName(String inseeCode) {
		return inseeCode == null ? Optional.empty() : Optional.ofNullable(communeNames.get(inseeCode));
	}

	public int size() {
		return communeNames.size();
	}

	private static Map<String, String> load() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(SOURCE).getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines()
				.skip(1)
				.filter(line -> !line.isBlank())
				.map(line -> line.split(",", 3))
				.collect(Collectors.toUnmodifiableMap(columns -> columns[0], columns -> columns[1]));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + SOURCE, e);
		}
	}

}
