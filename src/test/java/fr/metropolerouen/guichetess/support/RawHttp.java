package fr.metropolerouen.guichetess.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Sends a request exactly as given (any method, any content type, any bytes, even ones that are not UTF-8 or not
 * JSON), which {@link Api} cannot do since it serialises its bodies. Users log in with {@link Api#passwordOf}.
 */
public final class RawHttp {

	/** The user name that sends no credentials. */
	public static final String ANONYMOUS = "anonymous";

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	public RawHttp(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	public Answer send(String method, String path, String username, String contentType, byte[] body) {
		return send(method, path, username, contentType, body, Map.of());
	}

	/** The same, with more headers (null for none). */
	public Answer send(String method, String path, String username, String contentType, byte[] body,
			Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.timeout(Duration.ofSeconds(30))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (headers != null) {
			headers.forEach(request::header);
		}
		if (!ANONYMOUS.equals(username)) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((username + ":" + Api.passwordOf(username)).getBytes(StandardCharsets.UTF_8)));
		}
		try {
			HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
					new String(response.body(), StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(method + " " + path, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** The status, content type and body of an answer. */
	public record Answer(int status, String contentType, String body) {

		public JsonNode json() {
			try {
				return Api.JSON.readTree(body);
			}
			catch (IOException e) {
				throw new UncheckedIOException("Not JSON: " + body, e);
			}
		}

	}

}
