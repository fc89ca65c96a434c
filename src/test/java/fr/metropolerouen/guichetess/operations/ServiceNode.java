package fr.metropolerouen.guichetess.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;

/**
 * One instance of the service, started from the packaged jar in its own JVM as an operator would start it (profile
 * {@code postgres}, configuration by environment variables and arguments), so that it can be killed like a real one.
 */
final class ServiceNode {

	static final String ADMIN = "exploitant";

	// follows the password policy: 12 characters or more, without the user name
	static final String ADMIN_PASSWORD = "phrase secrete de l'equipe d'exploitation";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final int port;

	private final List<String> command;

	private final Map<String, String> environment;

	private final Path log;

	private Process process;

	private Duration startUp;

	private long startedAt;

	ServiceNode(String name, int port, OperationsDatabase database, int smtpPort, Path storage, String... arguments) {
		this.name = name;
		this.port = port;
		this.log = OperationsReport.folder().resolve(name + ".log");
		this.command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-jar", jar().toString(),
				"--server.port=" + port,
				// a crash leaves the jobs it had locked to the other nodes after this time (5 minutes by default)
				"--camunda.bpm.job-execution.lock-time-in-millis=20000",
				// and the mails it was sending to the other nodes after this time (5 minutes by default)
				"--guichet.mail.sending-timeout=PT20S",
				// the accounts of the checks are many and short-lived: the cheapest hash keeps the CPU for the work
				"--guichet.security.bcrypt-strength=4", "--guichet.security.argon2.memory-kib=64",
				"--guichet.security.argon2.iterations=1",
				// every client of the checks calls from this machine
				"--guichet.security.login-throttling.address.max-failures=10000", "--logging.level.root=WARN",
				"--logging.level.fr.metropolerouen=INFO"));
		this.command.addAll(List.of(arguments));
		this.environment = Map.of("SPRING_PROFILES_ACTIVE", "postgres", "DATABASE_URL", database.jdbcUrl(),
				"DATABASE_USERNAME", "postgres", "DATABASE_PASSWORD", "postgres", "MAIL_HOST", "127.0.0.1", "MAIL_PORT",
				String.valueOf(smtpPort), "GUICHET_STORAGE_DIR", storage.toString(), "GUICHET_ADMIN_USERNAME", ADMIN,
				"GUICHET_ADMIN_PASSWORD", ADMIN_PASSWORD, "GUICHET_SECURE_COOKIE", "false");
	}

	String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	String name() {
		return name;
	}

	int port() {
		return port;
	}

	/** Starts the JVM; {@link #awaitHealthy()} waits until it answers. */
	ServiceNode start() {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().putAll(environment);
		try {
			process = builder.start();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot start " + name, e);
		}
		startUp = null;
		startedAt = System.nanoTime();
		return this;
	}

	ServiceNode awaitHealthy() {
		Awaitility.await(name + " healthy (log: " + log + ")")
			.atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> {
				if (!process.isAlive()) {
					throw new IllegalStateException(name + " died at start-up, see " + log);
				}
				return "UP".equals(health());
			});
		startUp = Duration.ofNanos(System.nanoTime() - startedAt);
		return this;
	}

	/** The time from the start of the JVM until its health answered UP (measured from this side). */
	Duration startUp() {
		return startUp;
	}

	/** UP, DOWN…, or UNREACHABLE when nothing answers. */
	String health() {
		try {
			HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
				.timeout(Duration.ofSeconds(20))
				.build(), HttpResponse.BodyHandlers.ofString());
			String body = response.body();
			int at = body.indexOf("\"status\":\"");
			return at < 0 ? "HTTP " + response.statusCode() : body.substring(at + 10, body.indexOf('"', at + 10));
		}
		catch (IOException e) {
			return "UNREACHABLE";
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return "UNREACHABLE";
		}
	}

	/** SIGKILL: no shutdown hook, no graceful stop, as a power cut or the kernel's OOM killer would do. */
	void kill() {
		process.destroyForcibly();
		waitForExit();
	}

	/** SIGTERM: Spring's graceful shutdown. */
	void stop() {
		if (process != null && process.isAlive()) {
			process.destroy();
			waitForExit();
		}
	}

	private void waitForExit() {
		try {
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** The executable jar built by {@code ./mvnw package} (given by Maven, or found in target/). */
	static Path jar() {
		String configured = System.getProperty("guichet.jar");
		if (configured != null && Files.isRegularFile(Path.of(configured))) {
			return Path.of(configured);
		}
		try (var files = Files.list(Path.of("target"))) {
			return files.filter(file -> file.getFileName().toString().matches("guichet-ess-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No jar in target/: run ./mvnw -B package first"));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
