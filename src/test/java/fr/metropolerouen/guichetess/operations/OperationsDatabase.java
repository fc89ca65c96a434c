package fr.metropolerouen.guichetess.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server of the checks' own (the embedded binaries used by the test suite), on a fixed port and
 * data folder, so that it can be stopped and started again under a running service, as an outage would.
 */
final class OperationsDatabase implements AutoCloseable {

	private final Path dataDirectory;

	private final int port;

	private EmbeddedPostgres server;

	OperationsDatabase(Path dataDirectory, int port) {
		this.dataDirectory = dataDirectory;
		this.port = port;
	}

	OperationsDatabase start() {
		try {
			server = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setPort(port)
				// as a production server would: enough connections for two nodes' pools and the checks
				.setServerConfig("max_connections", "150")
				.start();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot start PostgreSQL", e);
		}
		return this;
	}

	void stop() {
		try {
			server.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot stop PostgreSQL", e);
		}
		server = null;
	}

	String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
	}

	long count(String sql) {
		return number(sql).longValueExact();
	}

	BigDecimal number(String sql) {
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			BigDecimal value = rows.getBigDecimal(1);
			return value == null ? BigDecimal.ZERO : value;
		}
		catch (SQLException e) {
			throw new IllegalStateException("Query failed: " + sql, e);
		}
	}

	/** Until no job is due and no mail waits: every asynchronous consequence of what was asked has happened. */
	void awaitQuiet() {
		try {
			Awaitility.await("jobs and mails done")
				.atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> dueJobs() == 0 && mailsWaiting() == 0);
		}
		catch (ConditionTimeoutException e) {
			throw new AssertionError("Still " + dueJobs() + " jobs due and " + mailsWaiting() + " mails waiting", e);
		}
	}

	private long mailsWaiting() {
		return count("select count(*) from outbound_mail where status in ('PENDING', 'SENDING')");
	}

	/** Jobs of the engine due now and not failed for good. */
	long dueJobs() {
		return count("select count(*) from act_ru_job where retries_ > 0 and (duedate_ is null or duedate_ <= now())");
	}

	/** How many groups of rows share these columns: rows that should be unique but are not. */
	long duplicates(String columns, String rows) {
		return count("select count(*) from (select 1 from " + rows + " group by " + columns + " having count(*) > 1) d");
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		if (server != null) {
			stop();
		}
	}

}
