package fr.metropolerouen.guichetess.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import fr.metropolerouen.guichetess.support.Api;

/**
 * The bad inputs of {@code src/test/resources/security/bad-inputs.json}: each one a request a client could send, the
 * role that sends it, why it must be refused and, when one status is right, which.
 * <p>
 * Bodies may repeat a piece of text ({@code {{repeat:1048576:a}}}, for a 1 MB string or deep nesting) and name the
 * targets of {@link FuzzTargets} ({@code {draft}}); {@code bodyBase64} carries bytes that are not UTF-8.
 */
record BadInputCorpus(List<Entry> entries) {

	private static final Pattern REPEAT = Pattern.compile("\\{\\{repeat:(\\d+):(.*?)}}", Pattern.DOTALL);

	/** One bad input. */
	record Entry(String name, String why, String method, String path, String role, String contentType, String body,
			String bodyBase64, Map<String, String> headers, Integer status) {

		byte[] bodyFor(FuzzTargets targets) {
			if (bodyBase64 != null) {
				return Base64.getDecoder().decode(bodyBase64);
			}
			return body == null ? null : targets.fill(expand(body)).getBytes(StandardCharsets.UTF_8);
		}

		@Override
		public String toString() {
			return name + " (" + method + " " + path + " as " + role + ": " + why + ")";
		}

	}

	static BadInputCorpus load() {
		try (InputStream json = BadInputCorpus.class.getResourceAsStream("/security/bad-inputs.json")) {
			return new BadInputCorpus(Api.JSON.readValue(json, new TypeReference<List<Entry>>() {
			}));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String expand(String body) {
		Matcher repeat = REPEAT.matcher(body);
		StringBuilder expanded = new StringBuilder();
		while (repeat.find()) {
			repeat.appendReplacement(expanded,
					Matcher.quoteReplacement(repeat.group(2).repeat(Integer.parseInt(repeat.group(1)))));
		}
		return repeat.appendTail(expanded).toString();
	}

}
