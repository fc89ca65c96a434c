package fr.metropolerouen.guichetess.workflow;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Migration 12: the process engine's tables are created by Flyway, with the engine's own creation scripts, instead
 * of by the engine at start-up. Flyway holds a database lock while it migrates, so that several nodes started at
 * once on an empty database no longer race to create the engine's tables (one of them died). A database whose
 * engine tables were already created by an earlier version keeps them: this migration then does nothing.
 * <p>
 * Upgrading the engine (a Camunda or Operaton version with a new schema) means adding its upgrade scripts as later
 * migrations, see docs/operations.md.
 */
@Component
class EngineSchemaMigration implements JavaMigration {

	private static final String SCRIPTS = "org/camunda/bpm/engine/db/create/activiti.%s.create.%s.sql";

	/** In the order the engine itself creates them. */
	private static final List<String> COMPONENTS = List.of("engine", "history", "identity", "case.engine",
			"case.history", "decision.engine", "decision.history");

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("12");
	}

	@Override
	public String getDescription() {
		return "process engine schema";
	}

	@Override
	public Integer getChecksum() {
		return 12;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		if (engineTablesExist(connection)) {
			return;
		}
		String vendor = vendor(connection.getMetaData());
		for (String component : COMPONENTS) {
			ScriptUtils.executeSqlScript(connection, new ClassPathResource(SCRIPTS.formatted(vendor, component)));
		}
	}

	private static boolean engineTablesExist(Connection connection) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		for (String name : List.of("ACT_GE_PROPERTY", "act_ge_property")) {
			try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), name, null)) {
				if (tables.next()) {
					return true;
				}
			}
		}
		return false;
	}

	private static String vendor(DatabaseMetaData metaData) throws SQLException {
		String product = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
		if (product.contains("postgres")) {
			return "postgres";
		}
		if (product.contains("h2")) {
			return "h2";
		}
		throw new IllegalStateException("No process engine schema for the database " + product);
	}

}
