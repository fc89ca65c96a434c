package fr.metropolerouen.guichetess.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import fr.metropolerouen.guichetess.support.DossierSteps;

/**
 * The service killed with SIGKILL in the middle of a load of submissions and committee decisions, then started
 * again on the same database: every request it acknowledged is there, the processes go on to their letters, and the
 * ledger is exact. A request cut by the crash got no answer: its client cannot know, and either outcome is allowed.
 */
class CrashRecoveryCheck extends SingleNodeCheck {

	private static final int SUBMITTERS = 6;

	private static final int PREPARED = 24;

	private static final int AGENDA_SIZE = 3;

	/** The kill comes once this many submissions and decisions have been acknowledged. */
	private static final int BEFORE_KILL = 12;

	private final Set<String> submitted = ConcurrentHashMap.newKeySet();

	private final Set<String> decided = ConcurrentHashMap.newKeySet();

	private final Set<String> closedSessions = ConcurrentHashMap.newKeySet();

	/** Sessions whose closing was not acknowledged, with their agenda. */
	private final Map<String, List<String>> openSessions = new ConcurrentHashMap<>();

	private final Set<String> putOnAgenda = ConcurrentHashMap.newKeySet();

	private final AtomicBoolean killed = new AtomicBoolean();

	private final AtomicInteger cut = new AtomicInteger();

	@Test
	void afterASigkillEveryAcknowledgedRequestIsThereTheProcessesGoOnAndTheLedgerIsExact() throws Exception {
		start("crash-node");
		List<Callable<String>> preparing = new ArrayList<>();
		for (int i = 0; i < PREPARED; i++) {
			preparing.add(() -> workload.awaitingCommittee(DossierSteps.LOCATION, Workload.LOCATION_GRANT));
		}
		List<String> onTheTable = Workload.inParallel(8, preparing);
		long mailsBefore = ReceivedMails.count();

		ExecutorService clients = Executors.newFixedThreadPool(SUBMITTERS + 1);
		for (int i = 0; i < SUBMITTERS; i++) {
			clients.submit(() -> submitUntilKilled(steps));
		}
		clients.submit(() -> decideUntilKilled(steps, onTheTable));
		Awaitility.await("load under way").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50))
			.until(() -> submitted.size() >= BEFORE_KILL && decided.size() >= BEFORE_KILL);
		long killedAt = System.nanoTime();
		killed.set(true);
		node.kill();
		clients.shutdown();
		clients.awaitTermination(1, TimeUnit.MINUTES);
		node.start().awaitHealthy();
		Duration restart = Duration.ofNanos(System.nanoTime() - killedAt);

		// every acknowledged submission is there, and its process goes on to the officer's completeness check
		for (String dossier : submitted) {
			assertThat(steps.dossier("officer", dossier).get("status").asText()).as("dossier %s", dossier)
				.isNotEqualTo("DRAFT");
		}
		List<Callable<String>> onward = new ArrayList<>();
		for (String dossier : submitted) {
			onward.add(() -> {
				steps.declareComplete(dossier);
				steps.review(dossier, Workload.LOCATION_GRANT);
				return dossier;
			});
		}
		Workload.inParallel(8, onward);
		// sessions left open by the crash are finished (their acknowledged decisions are kept), the rest decided anew
		for (Map.Entry<String, List<String>> session : openSessions.entrySet()) {
			for (String dossier : session.getValue()) {
				if (!decided.contains(dossier)) {
					steps.decide(session.getKey(), dossier, "GRANTED", Workload.LOCATION_GRANT, null);
				}
			}
			steps.close(session.getKey());
		}
		List<String> toDecide = new ArrayList<>(submitted);
		onTheTable.stream().filter(dossier -> !putOnAgenda.contains(dossier)).forEach(toDecide::add);
		String last = steps.session("Bureau d'après l'incident");
		steps.putOnAgenda(last, toDecide.toArray(String[]::new));
		for (String dossier : toDecide) {
			steps.decide(last, dossier, "GRANTED", Workload.LOCATION_GRANT, null).expect(200);
		}
		steps.close(last).expect(200);
		for (String dossier : decided) {
			assertThat(steps.dossier("officer", dossier).get("status").asText()).as("decided dossier %s", dossier)
				.isEqualTo("GRANTED");
		}
		database.awaitQuiet();
		long grants = database.count("select count(*) from dossier where status = 'GRANTED'");
		for (String dossier : toDecide) {
			steps.awaitLetter("officer", dossier, "GRANT_DECISION");
		}
		for (String dossier : decided) {
			steps.awaitLetter("officer", dossier, "GRANT_DECISION");
		}
		JsonNode integrity = workload.api().as("finance").get("/api/finance/ledger/integrity").expect(200);
		JsonNode envelope = steps.envelope(DossierSteps.LOCATION, DossierSteps.today().getYear());

		new OperationsReport("Crash recovery (SIGKILL under load)")
			.put("acknowledged before the kill: submissions / decisions / sessions closed",
					submitted.size() + " / " + decided.size() + " / " + closedSessions.size())
			.put("client sequences cut by the kill (no answer)", cut.get())
			.put("kill to healthy again", Workload.seconds(restart))
			.put("acknowledged submissions and decisions found after the restart", "all (checked one by one)")
			.put("dossiers granted in the end / engagements",
					grants + " / " + database.count("select count(*) from ledger_entry where kind = 'ENGAGEMENT'"))
			.put("engagements duplicated", database.duplicates("dossier_id", "ledger_entry where kind = 'ENGAGEMENT'"))
			.put("ledger integrity", integrity.get("consistent").asBoolean() ? "consistent" : integrity.toString())
			.put("jobs left due / failed / incidents", database.dueJobs() + " / "
					+ database.count("select count(*) from act_ru_job where exception_msg_ is not null") + " / "
					+ database.count("select count(*) from act_ru_incident"))
			.put("mails received since the load began / received twice (a mail cut mid-send may go again)",
					(ReceivedMails.count() - mailsBefore) + " / " + ReceivedMails.duplicated(mailsBefore).size())
			.write();

		assertThat(integrity.get("consistent").asBoolean()).as("ledger integrity: %s", integrity).isTrue();
		assertThat(database.count("select count(*) from ledger_entry where kind = 'ENGAGEMENT'")).isEqualTo(grants);
		assertThat(database.duplicates("dossier_id", "ledger_entry where kind = 'ENGAGEMENT'")).isZero();
		assertThat(database.number("select sum(amount) from ledger_entry where kind = 'ENGAGEMENT'"))
			.isEqualByComparingTo(Workload.LOCATION_GRANT.multiply(BigDecimal.valueOf(grants)));
		assertThat(envelope.get("available").decimalValue())
			.isEqualByComparingTo(Workload.ALLOCATED.subtract(Workload.LOCATION_GRANT.multiply(BigDecimal.valueOf(grants))));
		assertThat(database.count("select count(*) from act_ru_incident")).as("incidents").isZero();
		assertThat(database.count("select count(*) from outbound_mail where status <> 'SENT'")).isZero();
	}

	/** New organisations' dossiers, created, documented and submitted; remembered once the submission is answered. */
	private void submitUntilKilled(DossierSteps steps) {
		while (!killed.get()) {
			try {
				String applicant = steps.newApplicant().username();
				String dossier = steps.createDraft(applicant, DossierSteps.projectData(DossierSteps.LOCATION));
				steps.uploadRequiredDocuments(applicant, dossier, DossierSteps.LOCATION);
				if (steps.api().as(applicant).post("/api/dossiers/" + dossier + "/submit").status() == 200) {
					submitted.add(dossier);
				}
			}
			catch (RuntimeException | AssertionError cutByTheCrash) {
				cut.incrementAndGet();
				// no answer: the client cannot know what happened, the check only holds the service to its answers
			}
		}
	}

	/** Small sessions one after the other: agenda, a decision per dossier, closing. */
	private void decideUntilKilled(DossierSteps steps, List<String> dossiers) {
		for (int from = 0; from < dossiers.size() && !killed.get(); from += AGENDA_SIZE) {
			List<String> agenda = dossiers.subList(from, Math.min(from + AGENDA_SIZE, dossiers.size()));
			try {
				String session = steps.session("Bureau pendant la charge");
				openSessions.put(session, agenda);
				putOnAgenda.addAll(agenda);
				steps.putOnAgenda(session, agenda.toArray(String[]::new));
				for (String dossier : agenda) {
					if (steps.decide(session, dossier, "GRANTED", Workload.LOCATION_GRANT, null).status() == 200) {
						decided.add(dossier);
					}
				}
				if (steps.close(session).status() == 200) {
					openSessions.remove(session);
					closedSessions.add(session);
				}
			}
			catch (RuntimeException | AssertionError cutByTheCrash) {
				cut.incrementAndGet();
				return;
			}
		}
	}

}
