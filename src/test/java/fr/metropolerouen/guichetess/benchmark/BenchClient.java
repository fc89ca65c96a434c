package fr.metropolerouen.guichetess.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.metropolerouen.guichetess.support.Api;

/**
 * The benchmark's client of the REST API, as an integrator's program would be: the JDK's HTTP client, HTTP Basic on
 * every request and no cookie, so that no server session hides the cost of authentication.
 */
final class BenchClient {

	static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	private static final Duration TIMEOUT = Duration.ofSeconds(120);

	private final HttpClient http;

	private final String base;

	BenchClient(int port) {
		// HTTP/1.1: the JDK client would otherwise try an h2c upgrade on every new connection, which Tomcat refuses
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		this.base = "http://127.0.0.1:" + port;
	}

	Reply get(String user, String path) {
		return send(request(user, path).GET());
	}

	Reply post(String user, String path, Object body) {
		HttpRequest.Builder request = request(user, path);
		if (body == null) {
			return send(request.POST(HttpRequest.BodyPublishers.noBody()));
		}
		try {
			return send(request.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A supporting document: the multipart form of {@code POST /api/dossiers/{id}/documents}. */
	Reply upload(String user, String path, String type, String fileName, byte[] content) {
		String boundary = "bench-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type + "\r\n");
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n");
		body.writeBytes(content);
		write(body, "\r\n--" + boundary + "--\r\n");
		return send(request(user, path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder request(String user, String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(TIMEOUT)
			.header("Accept", "application/json");
		if (user != null) {
			String credentials = user + ":" + Api.passwordOf(user);
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return request;
	}

	private Reply send(HttpRequest.Builder request) {
		HttpRequest built = request.build();
		try {
			HttpResponse<byte[]> response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
			return new Reply(built.method() + " " + built.uri().getPath(), response.statusCode(), response.body());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	record Reply(String request, int status, byte[] body) {

		JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		/** The JSON body of an answer of that status; any other status ends the scenario, with the answer. */
		JsonNode expect(int expected) {
			if (status != expected) {
				throw new IllegalStateException(request + " answered " + status + " (expected " + expected + "): "
						+ new String(body, StandardCharsets.UTF_8));
			}
			return body.length == 0 ? null : json();
		}

	}

}
