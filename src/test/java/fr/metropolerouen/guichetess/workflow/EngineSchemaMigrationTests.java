package fr.metropolerouen.guichetess.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

class EngineSchemaMigrationTests {

	private final EngineSchemaMigration migration = new EngineSchemaMigration();

	@Test
	void createsTheEngineTablesOfThisEngineVersionOnAnEmptyDatabase() throws SQLException {
		try (Connection connection = newDatabase()) {
			migration.migrate(context(connection));

			assertThat(tableExists(connection, "ACT_RU_JOB")).isTrue();
			assertThat(tableExists(connection, "ACT_HI_PROCINST")).isTrue();
			assertThat(tableExists(connection, "ACT_RE_DECISION_DEF")).isTrue();
			assertThat(single(connection, "select VERSION_ from ACT_GE_SCHEMA_LOG")).isEqualTo("7.24.0");
		}
	}

	@Test
	void leavesTheTablesTheEngineCreatedInAnEarlierVersionAsTheyAre() throws SQLException {
		try (Connection connection = newDatabase(); Statement statement = connection.createStatement()) {
			statement.execute("create table ACT_GE_PROPERTY (NAME_ varchar(64) primary key, VALUE_ varchar(300), REV_ integer)");
			statement.execute("insert into ACT_GE_PROPERTY values ('schema.version', '7.23.0', 1)");

			migration.migrate(context(connection));

			assertThat(tableExists(connection, "ACT_RU_JOB")).isFalse();
			assertThat(single(connection, "select VALUE_ from ACT_GE_PROPERTY")).isEqualTo("7.23.0");
		}
	}

	private static Connection newDatabase() throws SQLException {
		return DriverManager.getConnection("jdbc:h2:mem:engine-schema-" + UUID.randomUUID(), "sa", "");
	}

	private static Context context(Connection connection) {
		return new Context() {
			@Override
			public Configuration getConfiguration() {
				return null;
			}

			@Override
			public Connection getConnection() {
				return connection;
			}
		};
	}

	private static boolean tableExists(Connection connection, String table) throws SQLException {
		try (ResultSet tables = connection.getMetaData().getTables(null, null, table, null)) {
			return tables.next();
		}
	}

	private static String single(Connection connection, String query) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
			rows.next();
			return rows.getString(1);
		}
	}

}
