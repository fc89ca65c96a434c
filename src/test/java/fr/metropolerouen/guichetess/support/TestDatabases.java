package fr.metropolerouen.guichetess.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Fresh databases for tests, on the engine chosen by the {@code guichet.test.database} system property: {@code h2}
 * (in memory, the default) or {@code postgresql} (an embedded PostgreSQL server started once per JVM, so that
 * {@code ./mvnw verify} needs no server installed).
 */
public final class TestDatabases {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private static EmbeddedPostgres postgres;

	private TestDatabases() {
	}

	public static boolean onPostgres() {
		return "postgresql".equals(System.getProperty("guichet.test.database", "h2"));
	}

	/** Connection properties of a new, empty database. */
	public static Map<String, Object> newDatabase() {
		if (!onPostgres()) {
			return Map.of("spring.datasource.url",
					"jdbc:h2:mem:guichet-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "spring.datasource.username",
					"sa", "spring.datasource.password", "");
		}
		String name = "guichet_" + COUNTER.incrementAndGet();
		try (Connection connection = server().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot create test database " + name, e);
		}
		return Map.of("spring.datasource.url", server().getJdbcUrl("postgres", name), "spring.datasource.username",
				"postgres", "spring.datasource.password", "postgres");
	}

	/** A file-based H2 database, or a new PostgreSQL database: both outlive the application that uses them. */
	public static Map<String, Object> newPersistentDatabase(Path folder) {
		if (!onPostgres()) {
			return Map.of("spring.datasource.url", "jdbc:h2:file:" + folder.resolve("guichet-ess").toAbsolutePath() + ";LOCK_TIMEOUT=10000",
					"spring.datasource.username", "sa", "spring.datasource.password", "");
		}
		return newDatabase();
	}

	private static synchronized EmbeddedPostgres server() {
		if (postgres == null) {
			try {
				postgres = EmbeddedPostgres.builder().start();
			}
			catch (IOException e) {
				throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ignored) {
					// the JVM is exiting anyway
				}
			}));
		}
		return postgres;
	}

}
