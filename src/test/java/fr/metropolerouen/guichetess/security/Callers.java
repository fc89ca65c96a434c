package fr.metropolerouen.guichetess.security;

import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import fr.metropolerouen.guichetess.security.AuthorizationMatrix.Caller;
import fr.metropolerouen.guichetess.support.Api;
import fr.metropolerouen.guichetess.support.WebSession;

/**
 * Each caller of the matrix, through the door each path belongs to: the API with HTTP Basic (the demo staff, and the
 * given applicant), the pages with one logged-in session per user, kept for the whole class (a login costs a BCrypt
 * check and a new session). Page forms are posted with the session's CSRF token, so that only authorisation can
 * refuse them. Safe to call from several threads, one per caller.
 */
final class Callers {

	/** What the matrix sends to a write it expects to be read, and refused or rejected before anything is done. */
	static final String UNREADABLE_JSON = "{";

	private final int port;

	private final Api api;

	private final Map<Caller, String> usernames = new EnumMap<>(Caller.class);

	private final Map<String, LoggedIn> sessions = new ConcurrentHashMap<>();

	Callers(int port, Api api, String applicant) {
		this.port = port;
		this.api = api;
		usernames.put(Caller.APPLICANT, applicant);
		usernames.put(Caller.OFFICER, "officer");
		usernames.put(Caller.COMMITTEE, "committee");
		usernames.put(Caller.FINANCE, "finance");
		usernames.put(Caller.ADMIN, "admin");
	}

	/** The API, the actuator and the API description answer with statuses; everything else is a page. */
	static boolean isPage(String path) {
		return !(path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/v3/")
				|| path.startsWith("/swagger-ui"));
	}

	/** One request; a write carries an unreadable body (API) or an empty form with its CSRF token (page). */
	Answer call(Caller caller, String method, String path, boolean write) {
		String username = usernames.get(caller);
		if (isPage(path)) {
			LoggedIn user = session(username);
			return answer(path, method.equals("GET") ? user.session().get(path)
					: user.session().submitWithToken(user.csrfToken(), path, Map.of()));
		}
		Api.Caller client = username == null ? api.anonymous() : api.as(username);
		Api.Response response = switch (method) {
			case "GET" -> client.get(path);
			case "POST" -> write ? client.post(path, UNREADABLE_JSON) : client.post(path);
			case "PUT" -> client.put(path, UNREADABLE_JSON);
			default -> throw new IllegalArgumentException("The matrix does not send " + method + " yet: " + path);
		};
		return new Answer(path, response.status(), response.headers().getFirst("Location"), response.contentType(),
				response.text());
	}

	/** A read by any user, logged in on the pages if the path is a page. */
	Answer get(String username, String path) {
		if (isPage(path)) {
			return answer(path, session(username).session().get(path));
		}
		Api.Response response = api.as(username).get(path);
		return new Answer(path, response.status(), response.headers().getFirst("Location"), response.contentType(),
				response.text());
	}

	/** A page's form posted by any user, logged in, with these fields and the session's CSRF token. */
	Answer submit(String username, String path, Map<String, String> fields) {
		LoggedIn user = session(username);
		return answer(path, user.session().submitWithToken(user.csrfToken(), path, fields));
	}

	private LoggedIn session(String username) {
		String key = username == null ? "" : username;
		return sessions.computeIfAbsent(key, user -> {
			WebSession session = user.isEmpty() ? WebSession.anonymous(port) : WebSession.logIn(port, user);
			return new LoggedIn(session, session.csrfTokenOf("/connexion"));
		});
	}

	/** A web session and its CSRF token, read once (it stays the same for the whole session). */
	private record LoggedIn(WebSession session, String csrfToken) {
	}

	private static Answer answer(String path, HttpResponse<String> response) {
		return new Answer(path, response.statusCode(), response.headers().firstValue("Location").orElse(null),
				response.headers().firstValue("Content-Type").orElse(null), response.body());
	}

	/** What the application answered to one request. */
	record Answer(String path, int status, String location, String contentType, String body) {

		boolean is(String mediaType) {
			return contentType != null && contentType.startsWith(mediaType);
		}

		boolean redirectsToLogin() {
			return status / 100 == 3 && location != null && location.replaceFirst("^https?://[^/]+", "")
				.startsWith("/connexion");
		}

	}

}
