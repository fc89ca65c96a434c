package fr.metropolerouen.guichetess.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A database of version 13 with dossier timelines, upgraded: its timelines become a chain that verifies. */
class TimelineSealingMigrationTests {

	@Test
	void anUpgradedDatabaseHasItsTimelinesSealedInOrderIntoAChainThatVerifies() {
		JdbcDataSource database = new JdbcDataSource();
		database.setURL("jdbc:h2:mem:sealing-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		migrate(database, "13");
		JdbcTemplate jdbc = new JdbcTemplate(database);
		UUID dossier = UUID.randomUUID();
		jdbc.execute("set referential_integrity false");
		OffsetDateTime at = OffsetDateTime.parse("2024-05-06T07:08:09.123456Z");
		jdbc.update("""
				insert into dossier_timeline (dossier_id, occurred_at, actor, actor_role, action, from_status, to_status,
				details) values (?, ?, 'applicant-a', 'APPLICANT', 'SUBMITTED', 'DRAFT', 'SUBMITTED', null),
				(?, ?, 'officer', 'OFFICER', 'DOCUMENTS_REQUESTED', null, null, 'Merci d''envoyer le bail'),
				(?, ?, 'systeme', 'SYSTEM', 'PERSONAL_DATA_PURGED', null, null, 'Purgé')""", dossier, at, dossier,
				at.plusDays(1), dossier, at.plusDays(2));

		migrate(database, "14.1");

		AuditEntries entries = new AuditEntries(jdbc);
		VerificationReport report = new AuditVerification(entries).verify();
		assertThat(report.intact()).as(report.message()).isTrue();
		assertThat(report.checked()).isEqualTo(3);
		assertThat(entries.ofSubject(AuditSubjects.DOSSIER, dossier.toString()))
			.extracting(ChainedEntry::position, ChainedEntry::action, ChainedEntry::after, ChainedEntry::details)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "SUBMITTED", "SUBMITTED", null),
					org.assertj.core.groups.Tuple.tuple(2L, "DOCUMENTS_REQUESTED", null, "Merci d'envoyer le bail"),
					org.assertj.core.groups.Tuple.tuple(3L, "PERSONAL_DATA_PURGED", null, "Purgé"));
		assertThat(entries.ofSubject(AuditSubjects.DOSSIER, dossier.toString()).get(0).occurredAt())
			.isEqualTo(at.toInstant());
	}

	private static void migrate(JdbcDataSource database, String version) {
		Flyway.configure()
			.dataSource(database)
			.locations("classpath:db/migration", "classpath:db/migration-h2")
			.javaMigrations(new TimelineSealingMigration())
			.target(version)
			.load()
			.migrate();
	}

}
