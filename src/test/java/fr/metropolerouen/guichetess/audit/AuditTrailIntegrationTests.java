package fr.metropolerouen.guichetess.audit;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.account.Role;
import fr.metropolerouen.guichetess.support.ApiIntegrationTest;
import fr.metropolerouen.guichetess.support.Concurrently;
import fr.metropolerouen.guichetess.support.DossierSteps;
import fr.metropolerouen.guichetess.support.TestYears;
import fr.metropolerouen.guichetess.support.WebSession;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit chain of the running application. Every tampering happens in a transaction that holds the chain's head
 * (no entry can be appended meanwhile), runs the verification in that same transaction, then rolls back: the shared
 * database is never left altered for the other tests.
 */
class AuditTrailIntegrationTests extends ApiIntegrationTest {

	@Autowired
	private AuditTrail trail;

	@Autowired
	private AuditEntries entries;

	@Autowired
	private AuditVerification verification;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private AuditVerificationJob nightly;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private PlatformTransactionManager transactions;

	@Test
	void anAdministratorVerifiesTheUntouchedChainAndNoOneElseCan() {
		steps.newApplicant();

		JsonNode report = api.as("admin").get("/api/admin/audit/verification").expect(200);

		assertThat(report.get("intact").asBoolean()).as(report.get("message").asText()).isTrue();
		assertThat(report.get("checked").asLong()).isEqualTo(report.get("headPosition").asLong()).isPositive();
		assertThat(report.get("brokenPosition").isNull()).isTrue();
		assertThat(api.as("officer").get("/api/admin/audit/verification").status()).isEqualTo(403);
		assertThat(api.as("applicant-a").get("/api/admin/audit/verification").status()).isEqualTo(403);
		assertThat(api.anonymous().get("/api/admin/audit/verification").status()).isEqualTo(401);

		nightly.verifyNightly();
		assertThat(meters.get("guichet.audit.chain.intact").gauge().value()).as("the nightly run's verdict")
			.isEqualTo(1.0);
	}

	/** The bulk path (generated volume) extends the same chain: the verification still holds, and rolls back whole. */
	@Test
	void entriesAppendedInBulkJoinTheChainThatStillVerifies() {
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		Instant at = Instant.parse("2024-03-01T09:00:00Z");
		List<AuditRecord> records = List.of(
				new AuditRecord(at, "porteur-1", "APPLICANT", AuditSubjects.DOSSIER, "bulk-1", "SUBMITTED", "DRAFT",
						"SUBMITTED", "Référence DIE-2024-0001"),
				new AuditRecord(at.plusSeconds(60), "officer", "OFFICER", AuditSubjects.DOSSIER, "bulk-1",
						"COMPLETENESS_CONFIRMED", "SUBMITTED", "UNDER_REVIEW", null));

		transaction.executeWithoutResult(status -> {
			long before = entries.lockHead().position();
			trail.appendInBulk(records);
			VerificationReport report = verification.verify();
			assertThat(report.intact()).as(report.message()).isTrue();
			assertThat(report.headPosition()).isEqualTo(before + 2);
			assertThat(entries.ofSubject(AuditSubjects.DOSSIER, "bulk-1")).extracting(ChainedEntry::action)
				.containsExactly("SUBMITTED", "COMPLETENESS_CONFIRMED");
			status.setRollbackOnly();
		});
		assertThat(entries.ofSubject(AuditSubjects.DOSSIER, "bulk-1")).isEmpty();
		assertThatThrownBy(() -> trail.appendInBulk(records)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void theAdministratorsAuditPageShowsTheVerdict() {
		HttpResponse<String> page = WebSession.logIn(port, "admin").get("/admin/audit");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("intègre", "entrée(s) vérifiée(s)", "Empreinte de la tête de chaîne");
		assertThat(WebSession.logIn(port, "officer").get("/admin/audit").statusCode()).isEqualTo(403);
	}

	@Test
	void stateChangesOutsideTheDossiersAreRecordedWithWhoWhenAndBeforeAfter() {
		DossierSteps.Applicant applicant = steps.newApplicant();
		String dossierId = steps.createDraft(applicant.username(), DossierSteps.projectData(DossierSteps.LOCATION));
		JsonNode envelope = openEnvelope("4321.00");

		assertThat(subjectEntries(AuditSubjects.ACCOUNT, applicant.username())).singleElement()
			.satisfies(entry -> {
				assertThat(entry.get("action").asText()).isEqualTo("ACCOUNT_CREATED");
				assertThat(entry.get("actor").asText()).as("who signed up").isEqualTo(applicant.username());
				assertThat(entry.get("after").asText()).isEqualTo("APPLICANT");
			});
		String organisationId = api.as(applicant.username()).get("/api/organisations/me").expect(200).get("id").asText();
		assertThat(subjectEntries(AuditSubjects.ORGANISATION, organisationId)).singleElement()
			.satisfies(entry -> assertThat(entry.get("after").asText()).startsWith("SIRET "));
		assertThat(subjectEntries(AuditSubjects.ENVELOPE, envelope.get("id").asText())).singleElement()
			.satisfies(entry -> {
				assertThat(entry.get("actor").asText()).isEqualTo("finance");
				assertThat(entry.get("actorRole").asText()).isEqualTo("FINANCE");
				assertThat(entry.get("action").asText()).isEqualTo("ALLOCATION");
				assertThat(entry.get("before").asText()).startsWith("allocated=0");
				assertThat(entry.get("after").asText()).startsWith("allocated=4321.00 ");
			});
		String sessionId = steps.session("Séance de la piste d'audit");
		assertThat(subjectEntries(AuditSubjects.COMMITTEE_SESSION, sessionId)).singleElement().satisfies(entry -> {
			assertThat(entry.get("actor").asText()).isEqualTo("committee");
			assertThat(entry.get("action").asText()).isEqualTo("SESSION_PLANNED");
			assertThat(entry.get("after").asText()).isEqualTo("PLANNED");
		});
		JsonNode dossierEntries = api.as("officer").get("/api/audit/dossiers/" + dossierId).expect(200);
		assertThat(dossierEntries).isNotEmpty().allSatisfy(entry -> {
			assertThat(entry.get("actor").asText()).isEqualTo(applicant.username());
			assertThat(entry.get("hash").asText()).hasSize(64);
		});
		assertThat(api.as(applicant.username()).get("/api/audit/dossiers/" + dossierId).status()).isEqualTo(403);
	}

	@Test
	void alteringAnyFieldOfAnEntryInTheDatabaseIsFoundAndNamesTheEntry() {
		String username = steps.newApplicant().username();
		JsonNode envelope = openEnvelope("1000.00");
		long account = subjectEntries(AuditSubjects.ACCOUNT, username).get(0).get("position").asLong();
		long allocation = subjectEntries(AuditSubjects.ENVELOPE, envelope.get("id").asText()).get(0)
			.get("position")
			.asLong();

		Map<String, Long> alterations = Map.of("update audit_entry set actor = 'admin' where position = ?", account,
				"update audit_entry set details = 'organisation inconnue' where position = ?", account,
				"update audit_entry set after_state = replace(after_state, '1000.00', '9000.00') where position = ?",
				allocation, "update audit_entry set occurred_at = occurred_at - interval '1' day where position = ?",
				allocation);
		alterations.forEach((statement, position) -> {
			VerificationReport report = tampered(jdbc -> assertThat(jdbc.update(statement, position)).isOne());
			assertThat(report.intact()).as(statement).isFalse();
			assertThat(report.brokenPosition()).as(statement).isEqualTo(position);
			assertThat(report.fault()).as(statement).isIn(ChainFault.ALTERED_ENTRY, ChainFault.ALTERED_DETAILS);
			assertThat(report.message()).contains("entrée n° " + position);
		});
		assertThat(verification.verify().intact()).as("restored by the rollbacks").isTrue();
	}

	@Test
	void aRewrittenEntryWithARecomputedHashBreaksTheLinkOfTheNext() {
		long position = subjectEntries(AuditSubjects.ACCOUNT, steps.newApplicant().username()).get(0)
			.get("position")
			.asLong();
		steps.newApplicant();

		VerificationReport report = tampered(jdbc -> {
			ChainedEntry original = entries.page(position - 1, position, 1).get(0);
			ChainedEntry forged = ChainedEntry.seal(position, new AuditRecord(original.occurredAt(), "admin", "ADMIN",
					original.subjectType(), original.subjectId(), original.action(), original.before(),
					original.after(), original.details()), original.previousHash());
			jdbc.update("update audit_entry set actor = ?, actor_role = ?, hash = ? where position = ?", forged.actor(),
					forged.actorRole(), forged.hash(), position);
		});

		assertThat(report.fault()).isEqualTo(ChainFault.BROKEN_LINK);
		assertThat(report.brokenPosition()).isEqualTo(position + 1);
	}

	@Test
	void deletingAMiddleEntryOrTheLastOneIsFound() {
		long middle = subjectEntries(AuditSubjects.ACCOUNT, steps.newApplicant().username()).get(0)
			.get("position")
			.asLong();
		steps.newApplicant();

		VerificationReport deletedMiddle = tampered(
				jdbc -> assertThat(jdbc.update("delete from audit_entry where position = ?", middle)).isOne());
		VerificationReport deletedLast = tampered(jdbc -> assertThat(jdbc
			.update("delete from audit_entry where position = (select position from audit_chain_head)")).isOne());

		assertThat(deletedMiddle.fault()).isEqualTo(ChainFault.MISSING_ENTRY);
		assertThat(deletedMiddle.brokenPosition()).isEqualTo(middle);
		assertThat(deletedLast.fault()).isEqualTo(ChainFault.MISSING_TAIL);
		assertThat(deletedLast.brokenPosition()).isEqualTo(deletedLast.headPosition());
		assertThat(deletedLast.message()).contains("fin de chaîne supprimée");
	}

	@Test
	void detailsEmptiedWithoutARecordedErasureAreFound() {
		long position = subjectEntries(AuditSubjects.ACCOUNT, steps.newApplicant().username()).get(0)
			.get("position")
			.asLong();

		VerificationReport report = tampered(jdbc -> assertThat(
				jdbc.update("update audit_entry set details = null where position = ?", position)).isOne());

		assertThat(report.fault()).isEqualTo(ChainFault.UNRECORDED_ERASURE);
		assertThat(report.brokenPosition()).isEqualTo(position);
	}

	@Test
	void onlyCommittedChangesJoinTheChainAndNeverOutsideATransaction() {
		long head = entries.head().position();
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			trail.record(Instant.now(), Actor.SYSTEM, "TEST", "rolled-back", "NOTHING", null, null, null);
			status.setRollbackOnly();
		});

		assertThat(entries.ofSubject("TEST", "rolled-back")).isEmpty();
		assertThat(entries.head().position()).isGreaterThanOrEqualTo(head);
		assertThatThrownBy(() -> trail.record(Instant.now(), Actor.SYSTEM, "TEST", "no-transaction", "NOTHING", null,
				null, null))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void parallelWritersFromManyTransactionsKeepOneGaplessValidChain() {
		int threads = 8;
		int transactionsPerThread = 25;
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		long start = System.nanoTime();
		Concurrently.run(threads, thread -> {
			for (int i = 0; i < transactionsPerThread; i++) {
				int number = i;
				transaction.executeWithoutResult(status -> {
					Actor writer = new Actor("writer-" + thread, Role.SYSTEM, null);
					trail.record(Instant.now(), writer, "CONCURRENCY_TEST", "thread-" + thread, "WRITTEN", null,
							Integer.toString(number), "first of transaction " + number);
					trail.record(Instant.now(), writer, "CONCURRENCY_TEST", "thread-" + thread, "WRITTEN", null,
							Integer.toString(number), "second of transaction " + number);
				});
			}
			return thread;
		});
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		int written = threads * transactionsPerThread * 2;
		System.out.printf("Audit chain: %d entries in %d parallel transactions: %d ms, %.2f ms per entry%n", written,
				threads * transactionsPerThread, elapsed.toMillis(), elapsed.toNanos() / 1e6 / written);

		for (int thread = 0; thread < threads; thread++) {
			List<ChainedEntry> own = entries.ofSubject("CONCURRENCY_TEST", "thread-" + thread);
			assertThat(own).hasSize(transactionsPerThread * 2);
			for (int i = 0; i < own.size(); i += 2) {
				assertThat(own.get(i + 1).position()).as("a transaction's entries follow each other")
					.isEqualTo(own.get(i).position() + 1);
			}
		}
		long verifyStart = System.nanoTime();
		VerificationReport report = verification.verify();
		System.out.printf("Audit chain: %d entries verified in %d ms%n", report.checked(),
				Duration.ofNanos(System.nanoTime() - verifyStart).toMillis());
		assertThat(report.intact()).as(report.message()).isTrue();
	}

	private VerificationReport tampered(Consumer<JdbcTemplate> tampering) {
		return new TransactionTemplate(transactions).execute(status -> {
			entries.lockHead();
			tampering.accept(jdbc);
			VerificationReport report = verification.verify();
			status.setRollbackOnly();
			return report;
		});
	}

	private JsonNode openEnvelope(String allocated) {
		return api.as("finance")
			.post("/api/envelopes", Map.of("scheme", DossierSteps.IMMOBILIER, "year",
					TestYears.unusedFor(DossierSteps.IMMOBILIER), "allocated", allocated))
			.expect(201);
	}

	private JsonNode subjectEntries(String type, String id) {
		return api.as("admin").get("/api/admin/audit/entries?subjectType=" + type + "&subjectId=" + id).expect(200);
	}

}
