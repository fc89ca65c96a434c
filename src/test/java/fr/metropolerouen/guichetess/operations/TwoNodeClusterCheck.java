package fr.metropolerouen.guichetess.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.metropolerouen.guichetess.support.DossierSteps;
import fr.metropolerouen.guichetess.support.TestMailServer;
import fr.metropolerouen.guichetess.support.WebSession;

/**
 * Two instances of the service on different ports, one PostgreSQL database and one document store, as the
 * Métropole would run a homogeneous cluster behind its load balancer: a few hundred dossiers pushed through both (each
 * request to the next node in turn), then the database and the mails received show every asynchronous step run
 * once, no letter, mail, engagement or payment twice, and the envelope exact.
 */
class TwoNodeClusterCheck {

	private static final int DOSSIERS = Integer.getInteger("guichet.cluster.dossiers", 200);

	private static final int CLIENTS = 8;

	private static final int AGENDA_SIZE = 25;

	private final List<ServiceNode> nodes = new ArrayList<>();

	private OperationsDatabase database;

	@TempDir
	Path work;

	@AfterEach
	void stop() {
		nodes.forEach(ServiceNode::stop);
		if (database != null) {
			database.close();
		}
	}

	@Test
	void twoNodesOnOneDatabaseRunEveryStepOnceAndKeepTheEnvelopeExact() throws IOException {
		database = new OperationsDatabase(work.resolve("postgresql"), OperationsDatabase.freePort()).start();
		Path storage = Files.createDirectories(work.resolve("files"));
		int smtp = TestMailServer.port();
		long mailsBefore = ReceivedMails.count();
		// started together on the empty database: they must not race on the schema or the first administrator
		nodes.add(new ServiceNode("node-a", OperationsDatabase.freePort(), database, smtp, storage).start());
		nodes.add(new ServiceNode("node-b", OperationsDatabase.freePort(), database, smtp, storage).start());
		nodes.forEach(ServiceNode::awaitHealthy);
		Workload workload = new Workload(nodes.stream().map(ServiceNode::baseUrl).toList());
		workload.prepare();
		assertTheWebSessionIsSharedByTheNodes();
		long started = System.nanoTime();

		List<Callable<Planned>> submissions = new ArrayList<>();
		for (int i = 0; i < DOSSIERS; i++) {
			Outcome outcome = Outcome.of(i);
			submissions.add(() -> new Planned(workload.awaitingCommittee(outcome.scheme, outcome.amount), outcome));
		}
		List<Planned> dossiers = Workload.inParallel(CLIENTS, submissions);
		Duration submitted = Duration.ofNanos(System.nanoTime() - started);

		List<Callable<String>> sessions = new ArrayList<>();
		for (int from = 0; from < dossiers.size(); from += AGENDA_SIZE) {
			List<Planned> agenda = dossiers.subList(from, Math.min(from + AGENDA_SIZE, dossiers.size()));
			sessions.add(() -> decide(workload.steps(), agenda));
		}
		Workload.inParallel(CLIENTS, sessions);
		List<Callable<String>> payments = dossiers.stream()
			.filter(planned -> planned.outcome == Outcome.IMMOBILIER_GRANTED)
			.map(planned -> (Callable<String>) () -> {
				workload.payAdvance(planned.id);
				return planned.id;
			})
			.toList();
		Workload.inParallel(CLIENTS, payments);
		database.awaitQuiet();
		Duration total = Duration.ofNanos(System.nanoTime() - started);

		Map<Outcome, Long> planned = dossiers.stream()
			.collect(Collectors.groupingBy(dossier -> dossier.outcome, Collectors.counting()));
		long grants = planned.getOrDefault(Outcome.IMMOBILIER_GRANTED, 0L) + planned.getOrDefault(Outcome.LOCATION_GRANTED, 0L);
		long refusals = planned.getOrDefault(Outcome.REFUSED, 0L);
		long advances = planned.getOrDefault(Outcome.IMMOBILIER_GRANTED, 0L);
		BigDecimal engaged = IMMOBILIER(planned).add(LOCATION(planned));
		List<String> duplicatedMails = ReceivedMails.duplicated(mailsBefore);
		OperationsReport report = new OperationsReport("Two nodes, one PostgreSQL database (" + DOSSIERS + " dossiers)")
			.put("nodes", "2 (started together on an empty database; start-up " + Workload.seconds(nodes.get(0).startUp())
					+ " and " + Workload.seconds(nodes.get(1).startUp()) + ")")
			.put("dossiers submitted, completed, reviewed (" + CLIENTS + " clients)",
					DOSSIERS + " in " + Workload.seconds(submitted))
			.put("decisions (granted / refused)", grants + " / " + refusals)
			.put("advances paid through the chain", advances)
			.put("whole run", Workload.seconds(total))
			.put("process instances (started / still running)", database.count("select count(*) from act_hi_procinst")
					+ " / " + database.count("select count(*) from act_hi_procinst where end_time_ is null"))
			.put("jobs left due / failed / incidents", database.dueJobs() + " / "
					+ database.count("select count(*) from act_ru_job where exception_msg_ is not null") + " / "
					+ database.count("select count(*) from act_ru_incident"))
			.put("letters", database.count("select count(*) from letter"))
			.put("letters duplicated",database.duplicates("dossier_id, kind, issue_key", "letter"))
			.put("mails sent / received by the SMTP server", database.count(
					"select count(*) from outbound_mail where status = 'SENT'") + " / "
					+ (ReceivedMails.count() - mailsBefore))
			.put("mails duplicated", duplicatedMails.size())
			.put("engagements / duplicated", database.count("select count(*) from ledger_entry where kind = 'ENGAGEMENT'")
					+ " / " +database.duplicates("dossier_id", "ledger_entry where kind = 'ENGAGEMENT'"))
			.put("payments / duplicated", database.count("select count(*) from ledger_entry where kind = 'PAYMENT'")
					+ " / " +database.duplicates("dossier_id", "ledger_entry where kind = 'PAYMENT'"))
			.put("engaged in total (expected " + engaged + " €)", database.number(
					"select sum(amount) from ledger_entry where kind = 'ENGAGEMENT'") + " €");
		// both nodes appended to one audit chain: it must verify from its first entry to its head, with no gap
		JsonNode audit = workload.api().as(ServiceNode.ADMIN).get("/api/admin/audit/verification").expect(200);
		report.put("audit chain (entries verified / head position / intact)", audit.get("checked").asLong() + " / "
				+ audit.get("headPosition").asLong() + " / " + audit.get("intact").asBoolean());
		report.write();

		assertThat(database.count("select count(*) from dossier where status = 'GRANTED'")).isEqualTo(grants);
		assertThat(database.count("select count(*) from dossier where status = 'REFUSED'")).isEqualTo(refusals);
		assertThat(audit.get("intact").asBoolean()).as("audit chain written by both nodes: %s", audit).isTrue();
		assertThat(audit.get("checked").asLong()).isEqualTo(audit.get("headPosition").asLong())
			.isEqualTo(database.count("select count(*) from audit_entry"));
		assertThat(database.count("select count(*) from act_ru_incident")).as("incidents").isZero();
		assertThat(database.count("select count(*) from act_ru_job where exception_msg_ is not null"))
			.as("failed jobs").isZero();
		assertThat(database.duplicates("dossier_id, kind, issue_key", "letter")).as("letters duplicated").isZero();
		assertThat(database.count("select count(*) from letter where kind in ('GRANT_DECISION', 'REFUSAL_DECISION')"))
			.as("one decision letter per decision").isEqualTo(grants + refusals);
		assertThat(duplicatedMails).as("mails received twice").isEmpty();
		assertThat(database.count("select count(*) from outbound_mail where status <> 'SENT'")).as("mails not sent")
			.isZero();
		assertThat(ReceivedMails.count() - mailsBefore).as("mails received")
			.isEqualTo(database.count("select count(*) from outbound_mail"));
		assertThat(database.count("select count(*) from ledger_entry where kind = 'ENGAGEMENT'")).isEqualTo(grants);
		assertThat(database.duplicates("dossier_id", "ledger_entry where kind = 'ENGAGEMENT'")).isZero();
		assertThat(database.count("select count(*) from ledger_entry where kind = 'PAYMENT'")).isEqualTo(advances);
		assertThat(database.number("select sum(amount) from ledger_entry where kind = 'PAYMENT'"))
			.isEqualByComparingTo(Workload.ADVANCE.multiply(BigDecimal.valueOf(advances)));
		assertEnvelopesExact(workload, planned);
	}

	/** Logged in on one node, the officer's next page may come from the other: the session is in the database. */
	private void assertTheWebSessionIsSharedByTheNodes() {
		WebSession officer = WebSession.logIn(nodes.get(0).port(), "officer", Workload.passwordOf("officer"));
		HttpResponse<String> inbox = officer.get(nodes.get(1).baseUrl() + "/instruction");
		assertThat(inbox.statusCode()).as("officer's inbox served by the other node").isEqualTo(200);
		officer.post(nodes.get(1).baseUrl() + "/deconnexion", Map.of("_csrf", csrfToken(inbox.body())));
		assertThat(officer.get(nodes.get(0).baseUrl() + "/instruction").statusCode())
			.as("logged out on one node, out on both").isEqualTo(302);
	}

	private static String csrfToken(String page) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).as("a CSRF token in the page").isTrue();
		return token.group(1);
	}

	private static String decide(DossierSteps steps, List<Planned> agenda) {
		String session = steps.session("Bureau du contrôle à deux nœuds");
		steps.putOnAgenda(session, agenda.stream().map(Planned::id).toArray(String[]::new));
		for (Planned dossier : agenda) {
			boolean granted = dossier.outcome != Outcome.REFUSED;
			steps.decide(session, dossier.id, granted ? "GRANTED" : "REFUSED", granted ? dossier.outcome.amount : null,
					granted ? null : "Le projet ne crée pas d'emploi salarié.").expect(200);
		}
		steps.close(session).expect(200);
		return session;
	}

	private void assertEnvelopesExact(Workload workload, Map<Outcome, Long> planned) {
		int year = DossierSteps.today().getYear();
		JsonNode immobilier = workload.steps().envelope(DossierSteps.IMMOBILIER, year);
		JsonNode location = workload.steps().envelope(DossierSteps.LOCATION, year);
		assertThat(immobilier.get("available").decimalValue())
			.isEqualByComparingTo(Workload.ALLOCATED.subtract(IMMOBILIER(planned)));
		assertThat(location.get("available").decimalValue())
			.isEqualByComparingTo(Workload.ALLOCATED.subtract(LOCATION(planned)));
		assertThat(immobilier.get("paid").decimalValue())
			.isEqualByComparingTo(Workload.ADVANCE.multiply(BigDecimal.valueOf(planned.getOrDefault(Outcome.IMMOBILIER_GRANTED, 0L))));
		JsonNode integrity = workload.api().as("finance").get("/api/finance/ledger/integrity").expect(200);
		assertThat(integrity.get("consistent").asBoolean()).as("ledger integrity: %s", integrity).isTrue();
	}

	private static BigDecimal IMMOBILIER(Map<Outcome, Long> planned) {
		return Workload.IMMOBILIER_GRANT.multiply(BigDecimal.valueOf(planned.getOrDefault(Outcome.IMMOBILIER_GRANTED, 0L)));
	}

	private static BigDecimal LOCATION(Map<Outcome, Long> planned) {
		return Workload.LOCATION_GRANT.multiply(BigDecimal.valueOf(planned.getOrDefault(Outcome.LOCATION_GRANTED, 0L)));
	}

	enum Outcome {

		IMMOBILIER_GRANTED(DossierSteps.IMMOBILIER, Workload.IMMOBILIER_GRANT),
		LOCATION_GRANTED(DossierSteps.LOCATION, Workload.LOCATION_GRANT),
		REFUSED(DossierSteps.LOCATION, new BigDecimal("1000.00"));

		final String scheme;

		final BigDecimal amount;

		Outcome(String scheme, BigDecimal amount) {
			this.scheme = scheme;
			this.amount = amount;
		}

		/** Three in five dossiers are Immobilier grants, one a Location grant, one a refusal. */
		static Outcome of(int index) {
			return switch (index % 5) {
				case 3 -> LOCATION_GRANTED;
				case 4 -> REFUSED;
				default -> IMMOBILIER_GRANTED;
			};
		}

	}

	record Planned(String id, Outcome outcome) {
	}

}
