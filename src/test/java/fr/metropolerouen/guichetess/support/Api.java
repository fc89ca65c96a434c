package fr.metropolerouen.guichetess.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A plain HTTP client of the REST API, as an integrator would use it: HTTP Basic, JSON in and out. */
public final class Api {

	public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	private final List<RestClient> clients;

	private final AtomicInteger turn = new AtomicInteger();

	private final UnaryOperator<String> passwordOf;

	/** The demo profile's users, whose password is their user name (README). */
	private static final Set<String> DEMO_USERS = Set.of("officer", "committee", "finance", "admin", "applicant-a",
			"applicant-b");

	/** The password policy refuses a password containing the user name: the tests' own accounts share this one. */
	private static final String TEST_ACCOUNT_PASSWORD = "phrase de passe des essais automatiques";

	/** The application on this local port; demo users and the tests' applicants ({@link #passwordOf}). */
	public Api(int port) {
		this(List.of("http://localhost:" + port), Api::passwordOf);
	}

	/** The password of a demo user (the user name) or of an account the tests opened ({@link DossierSteps}). */
	public static String passwordOf(String username) {
		return DEMO_USERS.contains(username) ? username : TEST_ACCOUNT_PASSWORD;
	}

	/**
	 * The nodes of one cluster, each request sent to the next node in turn (as a load balancer would); the
	 * passwords of the users given by the function.
	 */
	public Api(List<String> baseUrls, UnaryOperator<String> passwordOf) {
		this.clients = baseUrls.stream()
			.map(url -> RestClient.builder().baseUrl(url).requestFactory(new JdkClientHttpRequestFactory()).build())
			.toList();
		this.passwordOf = passwordOf;
	}

	public Caller as(String username) {
		return as(username, passwordOf.apply(username));
	}

	public Caller as(String username, String password) {
		return new Caller(HttpHeaders.encodeBasicAuth(username, password, StandardCharsets.UTF_8));
	}

	private RestClient client() {
		return clients.get(Math.floorMod(turn.getAndIncrement(), clients.size()));
	}

	public Caller anonymous() {
		return new Caller(null);
	}

	public final class Caller {

		private final String basic;

		private Caller(String basic) {
			this.basic = basic;
		}

		public Response get(String path) {
			return exchange(client().get().uri(path));
		}

		public Response post(String path) {
			return exchange(client().post().uri(path));
		}

		public Response post(String path, Object body) {
			return exchange(client().post().uri(path).contentType(MediaType.APPLICATION_JSON).body(json(body)));
		}

		public Response post(String path, Object body, Map<String, String> headers) {
			RestClient.RequestBodySpec request = client().post().uri(path).contentType(MediaType.APPLICATION_JSON);
			headers.forEach(request::header);
			return exchange(request.body(json(body)));
		}

		/** A form with one file, in the part named {@code file}. */
		public Response uploadFile(String path, String fileName, byte[] content) {
			MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
			parts.add("file", new ByteArrayResource(content) {
				@Override
				public String getFilename() {
					return fileName;
				}
			});
			return exchange(client().post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA).body(parts));
		}

		public Response put(String path, Object body) {
			return exchange(client().put().uri(path).contentType(MediaType.APPLICATION_JSON).body(json(body)));
		}

		public Response upload(String path, String type, String fileName, byte[] content) {
			MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
			parts.add("type", type);
			parts.add("file", new ByteArrayResource(content) {
				@Override
				public String getFilename() {
					return fileName;
				}
			});
			return exchange(client().post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA).body(parts));
		}

		private Response exchange(RestClient.RequestHeadersSpec<?> request) {
			if (basic != null) {
				request.header(HttpHeaders.AUTHORIZATION, "Basic " + basic);
			}
			return request.exchange((req, res) -> new Response(res.getStatusCode().value(), res.getHeaders(),
					res.getBody().readAllBytes()));
		}

		private byte[] json(Object body) {
			try {
				return body instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(body);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

	}

	public record Response(int status, HttpHeaders headers, byte[] body) {

		public JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (IOException e) {
				throw new UncheckedIOException("Not JSON: " + new String(body, StandardCharsets.UTF_8), e);
			}
		}

		/** Asserts the status (showing the body when it differs) and returns the JSON body. */
		public JsonNode expect(int expected) {
			assertThat(status).as("HTTP status; body: %s", new String(body, StandardCharsets.UTF_8)).isEqualTo(expected);
			return body.length == 0 ? null : json();
		}

		/** Asserts a 200 answer (showing the body otherwise), for bodies that are files rather than JSON. */
		public Response ok() {
			assertThat(status).as("HTTP status; body: %s", text()).isEqualTo(200);
			return this;
		}

		public String text() {
			return new String(body, StandardCharsets.UTF_8);
		}

		public String contentType() {
			MediaType type = headers.getContentType();
			return type == null ? null : type.toString();
		}

	}

}
