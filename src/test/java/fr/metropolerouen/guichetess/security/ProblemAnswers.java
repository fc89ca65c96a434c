package fr.metropolerouen.guichetess.security;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.support.RawHttp;
import org.springframework.http.HttpStatus;

/**
 * What a refused request must get back: a 4xx (never a 5xx), as an RFC 9457 problem whose status matches the answer
 * and whose title and detail are French sentences, not a framework's English message.
 */
final class ProblemAnswers {

	/** Words of the framework's own messages (Spring, Jackson, Tomcat) that must never reach a user. */
	private static final Pattern ENGLISH = Pattern.compile(
			"\\b(Failed|Required|required|not supported|not present|Content-Type|JSON parse|Cannot deserialize|"
					+ "Unexpected|exception|Exception|Bad Request|Not Found|Forbidden|Method Not Allowed|Invalid)\\b");

	private ProblemAnswers() {
	}

	/** What is wrong with the answer to a bad request; empty when it is a French problem with a 4xx status. */
	static List<String> faultsOf(RawHttp.Answer answer) {
		List<String> faults = new ArrayList<>();
		if (answer.status() < 400 || answer.status() >= 500) {
			faults.add("status " + answer.status() + " instead of a 4xx");
			if (answer.status() < 400) {
				return faults;
			}
		}
		if (answer.contentType() == null || !answer.contentType().startsWith("application/problem+json")) {
			faults.add("content type " + answer.contentType() + " instead of application/problem+json");
			return faults;
		}
		JsonNode problem = answer.json();
		if (problem.path("status").asInt() != answer.status()) {
			faults.add("problem status " + problem.path("status") + " for an answer " + answer.status());
		}
		String title = problem.path("title").asText("");
		String detail = problem.path("detail").asText("");
		if (title.isBlank() || detail.isBlank()) {
			faults.add("a problem without title or detail");
		}
		HttpStatus status = HttpStatus.resolve(answer.status());
		if (status != null && title.equalsIgnoreCase(status.getReasonPhrase())) {
			faults.add("English title « " + title + " »");
		}
		if (ENGLISH.matcher(title + " " + detail).find()) {
			faults.add("framework English in « " + title + " : " + detail + " »");
		}
		return faults;
	}

	/** The start of an answer's body, for a failure message. */
	static String abbreviated(String body) {
		return body.length() > 300 ? body.substring(0, 300) + "…" : body;
	}

}
