package fr.metropolerouen.guichetess.audit;

import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Migration 14.1: seals the dossier timelines written before the audit trail existed into its chain, in the order
 * they were written, so that an upgraded database verifies. Runs once, on the empty chain V14 created, with the
 * same sealing code as the application ({@link ChainedEntry}); the rows are streamed, not loaded at once.
 */
@Component
class TimelineSealingMigration implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("14.1");
	}

	@Override
	public String getDescription() {
		return "seal existing dossier timelines into the audit chain";
	}

	@Override
	public Integer getChecksum() {
		return 141;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) {
		Connection connection = context.getConnection();
		JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
		jdbc.setFetchSize(500);
		AuditEntries chain = new AuditEntries(jdbc);
		AuditEntries.Appender sealer = chain.appendAfter(chain.head());
		jdbc.query("""
				select dossier_id, occurred_at, actor, actor_role, action, from_status, to_status, details
				from dossier_timeline order by id""", row -> {
			sealer.append(new AuditRecord(row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
					row.getString("actor"), row.getString("actor_role"), "DOSSIER",
					row.getObject("dossier_id", UUID.class).toString(), row.getString("action"), row.getString("from_status"),
					row.getString("to_status"), row.getString("details")));
		});
		sealer.finish();
	}

}
