package fr.metropolerouen.guichetess.payment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 7.1: drops the first list of payment statuses (PENDING, APPROVED, REJECTED), checked by an unnamed column
 * constraint whose name H2 and PostgreSQL generate differently, so that it is looked up rather than named. The new
 * list is the named constraint {@code payment_request_status} of V7.
 */
@Component
class LegacyStatusCheckMigration implements JavaMigration {

	private static final String LEGACY_CHECKS = """
			select tc.constraint_name, cc.check_clause
			from information_schema.table_constraints tc
			join information_schema.check_constraints cc
			  on cc.constraint_schema = tc.constraint_schema and cc.constraint_name = tc.constraint_name
			where upper(tc.table_name) = 'PAYMENT_REQUEST' and tc.constraint_type = 'CHECK'
			  and tc.table_schema = current_schema""";

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("7.1");
	}

	@Override
	public String getDescription() {
		return "drop legacy payment status check";
	}

	@Override
	public Integer getChecksum() {
		return 71;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement drop = connection.createStatement()) {
			for (String name : legacyChecks(connection)) {
				drop.execute("alter table payment_request drop constraint \"" + name + "\"");
			}
		}
	}

	private static List<String> legacyChecks(Connection connection) throws SQLException {
		List<String> names = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(LEGACY_CHECKS);
				ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				String clause = rows.getString(2);
				if (clause.contains("'APPROVED'") && !clause.contains("'LIQUIDATED'")) {
					names.add(rows.getString(1));
				}
			}
		}
		return names;
	}

}
