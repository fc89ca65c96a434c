package fr.metropolerouen.guichetess.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A web application user without a browser: logs in through the login form and keeps the session cookie, reads pages
 * and posts their forms with their CSRF token. Redirects are not followed, so that tests see them.
 */
public final class WebSession {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final int port;

	private String sessionCookie;

	private final Map<String, String> headers = new LinkedHashMap<>();

	private WebSession(int port, String sessionCookie) {
		this.port = port;
		this.sessionCookie = sessionCookie;
	}

	public static WebSession anonymous(int port) {
		return new WebSession(port, null);
	}

	/** A demo user or an account the tests opened, logged in ({@link Api#passwordOf}). */
	public static WebSession logIn(int port, String username) {
		return logIn(port, username, Api.passwordOf(username));
	}

	public static WebSession logIn(int port, String username, String password) {
		WebSession session = anonymous(port);
		HttpResponse<String> login = session.tryLogIn(username, password);
		assertThat(login.statusCode()).as("login of %s", username).isEqualTo(302);
		return session;
	}

	/** The login form filled in and posted, whatever the answer (a redirect, to the login page on a failure). */
	public HttpResponse<String> tryLogIn(String username, String password) {
		HttpResponse<String> form = get("/connexion");
		return post("/connexion", Map.of("username", username, "password", password, "_csrf", csrfToken(form)));
	}

	/** A header sent with every request from now on (e.g. the reverse proxy's X-Forwarded-For or -Proto). */
	public WebSession withHeader(String name, String value) {
		headers.put(name, value);
		return this;
	}

	/** The session cookie ({@code SESSION=...}) this user holds now, if any. */
	public Optional<String> sessionCookie() {
		return Optional.ofNullable(sessionCookie);
	}

	public HttpResponse<String> get(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		return send(request);
	}

	/** A page's form posted with the page's CSRF token. */
	public HttpResponse<String> submit(String pagePath, String action, Map<String, String> fields) {
		return submitWithToken(csrfToken(get(pagePath)), action, fields);
	}

	/** A form posted with a CSRF token read earlier ({@link #csrfTokenOf}): the session's token does not change. */
	public HttpResponse<String> submitWithToken(String csrfToken, String action, Map<String, String> fields) {
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", csrfToken);
		return post(action, withToken);
	}

	/** The CSRF token of this session, as the form of a page carries it. */
	public String csrfTokenOf(String pagePath) {
		return csrfToken(get(pagePath));
	}

	public HttpResponse<String> post(String path, Map<String, String> fields) {
		String form = fields.entrySet()
			.stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	/**
	 * A page's file form posted as a browser does (multipart/form-data), with the page's CSRF token among its
	 * fields and one file.
	 */
	public HttpResponse<String> upload(String pagePath, String action, Map<String, String> fields, String fileField,
			String fileName, byte[] content) {
		String boundary = "----guichet" + System.nanoTime();
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", csrfToken(get(pagePath)));
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		withToken.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
				+ "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		if (sessionCookie != null) {
			request.header("Cookie", sessionCookie);
		}
		headers.forEach(request::header);
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			sessionCookie(response).ifPresent(cookie -> sessionCookie = cookie);
			return response;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private URI uri(String path) {
		return URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path);
	}

	private static String csrfToken(HttpResponse<String> page) {
		Matcher token = CSRF_FIELD.matcher(page.body());
		assertThat(token.find()).as("the page carries a CSRF token").isTrue();
		return token.group(1);
	}

	private static Optional<String> sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("SESSION="))
			.map(cookie -> cookie.substring(0, cookie.indexOf(';')))
			.findFirst();
	}

}
