package fr.metropolerouen.guichetess.benchmark;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Rows of one table waiting to be written, then inserted as multi-row {@code insert … values (…), (…)} statements:
 * one round trip for hundreds of rows, on H2 and PostgreSQL alike. Nulls are bound with a type the value's column
 * accepts on both (asking the driver for each parameter's type would cost a round trip per null).
 */
final class BulkRows {

	/** PostgreSQL accepts at most 32 767 parameters per statement; fewer rows also keep statements small. */
	private static final int MAX_PARAMETERS = 8_000;

	private final String table;

	private final String[] columns;

	private final List<Object[]> rows = new ArrayList<>();

	BulkRows(String table, String columns) {
		this.table = table;
		this.columns = columns.split("\\s*,\\s*");
	}

	void add(Object... values) {
		if (values.length != columns.length) {
			throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns.length
					+ " columns");
		}
		rows.add(values);
	}

	int size() {
		return rows.size();
	}

	/** Inserts every row added so far and forgets them. */
	void flush(Connection connection) throws SQLException {
		long start = System.nanoTime();
		int count = rows.size();
		int perStatement = Math.max(1, MAX_PARAMETERS / columns.length);
		for (int from = 0; from < rows.size(); from += perStatement) {
			List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + perStatement));
			try (PreparedStatement statement = connection.prepareStatement(sql(part.size()))) {
				int index = 1;
				for (Object[] row : part) {
					for (Object value : row) {
						bind(statement, index++, value);
					}
				}
				statement.executeUpdate();
			}
		}
		rows.clear();
		org.slf4j.LoggerFactory.getLogger(BulkRows.class)
			.debug("{}: {} rows in {} ms", table, count, (System.nanoTime() - start) / 1_000_000);
	}

	private String sql(int count) {
		StringBuilder sql = new StringBuilder("insert into ").append(table).append(" (")
			.append(String.join(", ", columns))
			.append(") values ");
		String one = "(" + "?, ".repeat(columns.length - 1) + "?)";
		for (int i = 0; i < count; i++) {
			sql.append(i == 0 ? "" : ", ").append(one);
		}
		return sql.toString();
	}

	private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.NULL);
		}
		else if (value instanceof Typed typed) {
			if (typed.value() == null) {
				statement.setNull(index, typed.sqlType());
			}
			else {
				statement.setObject(index, typed.value(), typed.sqlType());
			}
		}
		else if (value instanceof String text) {
			statement.setString(index, text);
		}
		else if (value instanceof UUID || value instanceof OffsetDateTime || value instanceof LocalDate) {
			statement.setObject(index, value);
		}
		else if (value instanceof BigDecimal amount) {
			statement.setBigDecimal(index, amount);
		}
		else if (value instanceof Integer number) {
			statement.setInt(index, number);
		}
		else if (value instanceof Long number) {
			statement.setLong(index, number);
		}
		else if (value instanceof Boolean flag) {
			statement.setBoolean(index, flag);
		}
		else {
			statement.setObject(index, value);
		}
	}

	/** A value (possibly null) bound with an explicit SQL type. */
	record Typed(Object value, int sqlType) {
	}

}
