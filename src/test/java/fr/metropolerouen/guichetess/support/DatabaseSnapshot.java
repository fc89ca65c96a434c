package fr.metropolerouen.guichetess.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The content of every application table at one moment: its row count and a hash of its rows, read through JDBC, so
 * that a test can show that a series of refused requests changed nothing.
 * <p>
 * Left out, because they change on their own while the application runs, whatever the requests: the engine's tables
 * ({@code ACT_*}: job acquisition locks, history of jobs of other tests' dossiers), the web sessions
 * ({@code SPRING_SESSION*}: expiry cleanup) and Flyway's history. In {@code outbound_mail} the columns of the delivery
 * itself (status, attempts, last error, next attempt, sent at) are left out for the same reason: the dispatcher updates
 * them every second while a mail waits for its server; a new mail, or a changed recipient or text, still shows.
 * <p>
 * Rows are hashed one by one and the sorted row hashes make the table hash: no primary key or column order is needed,
 * and a table that another helper adds later is included without change here.
 */
public record DatabaseSnapshot(Map<String, TableState> tables) {

	private static final Set<String> DELIVERY_COLUMNS = Set.of("status", "attempts", "last_error", "next_attempt_at",
			"sent_at");

	private static final Map<String, Set<String>> IGNORED_COLUMNS = Map.of("outbound_mail", DELIVERY_COLUMNS);

	/** The rows of one table: how many, and a hash of their content. */
	public record TableState(int rows, String hash) {
	}

	public static DatabaseSnapshot of(JdbcTemplate jdbc) {
		Map<String, TableState> tables = new TreeMap<>();
		for (String table : applicationTables(jdbc)) {
			tables.put(table, jdbc.query("select * from " + table, rs -> {
				return state(rs, IGNORED_COLUMNS.getOrDefault(table, Set.of()));
			}));
		}
		return new DatabaseSnapshot(tables);
	}

	/**
	 * A snapshot taken once the application is quiet: no engine job due within ten minutes (letters, mails, steps of
	 * other tests' dossiers are engine jobs; the engine's history cleanup, which changes only its own tables, aside) and the tables unchanged over three reads 200 ms apart. If jobs stay due
	 * for 30 s (a job another test left failing, retried later) but the tables are stable, that stable state is
	 * taken; if the tables still change after 30 s, the test cannot judge and fails saying so.
	 */
	public static DatabaseSnapshot whenQuiet(JdbcTemplate jdbc) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		List<DatabaseSnapshot> lastReads = new ArrayList<>();
		while (true) {
			boolean jobsDue = dueEngineJobs(jdbc) > 0;
			lastReads.add(of(jdbc));
			if (lastReads.size() > 3) {
				lastReads.remove(0);
			}
			boolean stable = lastReads.size() == 3 && lastReads.stream().distinct().count() == 1;
			if (stable && (!jobsDue || System.nanoTime() > deadline)) {
				return lastReads.get(2);
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("The application's tables kept changing for 30 s: " + lastReads.get(2)
					.differencesFrom(lastReads.get(1)));
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
	}

	private static int dueEngineJobs(JdbcTemplate jdbc) {
		Integer due = jdbc.queryForObject(
				"select count(*) from act_ru_job where retries_ > 0 and suspension_state_ = 1"
						// the engine's own history cleanup is due every few minutes and touches only its tables
						+ " and handler_type_ <> 'history-cleanup' and (duedate_ is null or duedate_ < ?)",
				Integer.class, Timestamp.from(Instant.now().plus(Duration.ofMinutes(10))));
		return due == null ? 0 : due;
	}

	/** The tables whose state differs from the other snapshot, with both states, for an assertion message. */
	public Map<String, String> differencesFrom(DatabaseSnapshot other) {
		Map<String, String> differences = new TreeMap<>();
		tables.forEach((table, state) -> {
			TableState then = other.tables.get(table);
			if (!state.equals(then)) {
				differences.put(table, then + " -> " + state);
			}
		});
		other.tables.keySet()
			.stream()
			.filter(table -> !tables.containsKey(table))
			.forEach(table -> differences.put(table, "dropped"));
		return differences;
	}

	private static List<String> applicationTables(JdbcTemplate jdbc) {
		return jdbc.execute((java.sql.Connection connection) -> {
			DatabaseMetaData metaData = connection.getMetaData();
			List<String> names = new ArrayList<>();
			try (ResultSet rs = metaData.getTables(null, null, "%", new String[] { "TABLE" })) {
				while (rs.next()) {
					String schema = rs.getString("TABLE_SCHEM");
					String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
					if (isApplicationSchema(schema) && isApplicationTable(name)) {
						names.add(name);
					}
				}
			}
			return names;
		});
	}

	private static boolean isApplicationSchema(String schema) {
		return schema == null || schema.equalsIgnoreCase("public");
	}

	private static boolean isApplicationTable(String name) {
		return !name.startsWith("act_") && !name.startsWith("spring_session") && !name.equals("flyway_schema_history");
	}

	private static TableState state(ResultSet rs, Set<String> ignored) throws SQLException {
		ResultSetMetaData columns = rs.getMetaData();
		List<String> rowHashes = new ArrayList<>();
		while (rs.next()) {
			StringBuilder row = new StringBuilder();
			for (int i = 1; i <= columns.getColumnCount(); i++) {
				if (!ignored.contains(columns.getColumnLabel(i).toLowerCase(Locale.ROOT))) {
					row.append(text(rs.getObject(i))).append('\u0001');
				}
			}
			rowHashes.add(sha256(row.toString()));
		}
		rowHashes.sort(null);
		return new TableState(rowHashes.size(), sha256(String.join(",", rowHashes)));
	}

	private static String text(Object value) throws SQLException {
		if (value instanceof byte[] bytes) {
			return HexFormat.of().formatHex(bytes);
		}
		if (value instanceof Blob blob) {
			return HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
		}
		if (value instanceof Clob clob) {
			return clob.getSubString(1, (int) clob.length());
		}
		return String.valueOf(value);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
