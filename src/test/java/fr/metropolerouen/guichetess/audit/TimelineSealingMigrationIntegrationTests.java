package fr.metropolerouen.guichetess.audit;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import fr.metropolerouen.guichetess.support.TestDatabases;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A database of version 13 with dossier timelines, upgraded: its timelines become a chain that verifies. Flyway alone
 * on a fresh database of the test run's engine (H2 or PostgreSQL), without the application.
 */
class TimelineSealingMigrationIntegrationTests {

	@Test
	void anUpgradedDatabaseHasItsTimelinesSealedInOrderIntoAChainThatVerifies() {
		Map<String, Object> properties = TestDatabases.newDatabase();
		DataSource database = new DriverManagerDataSource((String) properties.get("spring.datasource.url"),
				(String) properties.get("spring.datasource.username"),
				(String) properties.get("spring.datasource.password"));
		migrate(database, "13");
		// the timeline's lines only, without their dossiers: foreign keys are off for this connection (or database)
		SingleConnectionDataSource connection = new SingleConnectionDataSource(
				DataSourceUtils.getConnection(database), false);
		JdbcTemplate jdbc = new JdbcTemplate(connection);
		jdbc.execute(TestDatabases.onPostgres() ? "set session_replication_role = replica"
				: "set referential_integrity false");
		UUID dossier = UUID.randomUUID();
		OffsetDateTime at = OffsetDateTime.parse("2024-05-06T07:08:09.123456Z");
		jdbc.update("""
				insert into dossier_timeline (dossier_id, occurred_at, actor, actor_role, action, from_status, to_status,
				details) values (?, ?, 'applicant-a', 'APPLICANT', 'SUBMITTED', 'DRAFT', 'SUBMITTED', null),
				(?, ?, 'officer', 'OFFICER', 'DOCUMENTS_REQUESTED', null, null, 'Merci d''envoyer le bail'),
				(?, ?, 'systeme', 'SYSTEM', 'PERSONAL_DATA_PURGED', null, null, 'Purgé')""", dossier, at, dossier,
				at.plusDays(1), dossier, at.plusDays(2));

		connection.destroy();

		migrate(database, "14.1");

		jdbc = new JdbcTemplate(database);
		AuditEntries entries = new AuditEntries(jdbc);
		VerificationReport report = new AuditVerification(entries).verify();
		assertThat(report.intact()).as(report.message()).isTrue();
		assertThat(report.checked()).isEqualTo(3);
		assertThat(entries.ofSubject(AuditSubjects.DOSSIER, dossier.toString()))
			.extracting(ChainedEntry::position, ChainedEntry::action, ChainedEntry::after, ChainedEntry::details)
			.containsExactly(tuple(1L, "SUBMITTED", "SUBMITTED", null),
					tuple(2L, "DOCUMENTS_REQUESTED", null, "Merci d'envoyer le bail"),
					tuple(3L, "PERSONAL_DATA_PURGED", null, "Purgé"));
		assertThat(entries.ofSubject(AuditSubjects.DOSSIER, dossier.toString()).get(0).occurredAt())
			.isEqualTo(at.toInstant());
	}

	private static void migrate(DataSource database, String version) {
		Flyway.configure()
			.dataSource(database)
			.locations("classpath:db/migration",
					"classpath:db/migration-" + (TestDatabases.onPostgres() ? "postgresql" : "h2"))
			.javaMigrations(new TimelineSealingMigration())
			.target(version)
			.load()
			.migrate();
	}

}
