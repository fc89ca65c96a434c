package fr.metropolerouen.guichetess.dossier;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Migration 16.1: the search words of the dossiers that existed before the search index (V16), folded by the same
 * code as the application ({@link DossierSearchIndex}); rows are streamed and written in batches.
 */
@Component
class SearchTermsMigration implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("16.1");
	}

	@Override
	public String getDescription() {
		return "search words of existing dossiers";
	}

	@Override
	public Integer getChecksum() {
		return 161;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) {
		JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
		jdbc.setFetchSize(500);
		DossierSearchIndex.indexMissing(jdbc);
	}

}
