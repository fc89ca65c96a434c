package fr.metropolerouen.guichetess.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import fr.metropolerouen.guichetess.GuichetEssApplication;
import fr.metropolerouen.guichetess.letter.LetterKind;
import fr.metropolerouen.guichetess.letter.Letters;
import fr.metropolerouen.guichetess.support.DossierSteps;
import fr.metropolerouen.guichetess.support.TestDatabases;
import fr.metropolerouen.guichetess.support.TestInfrastructure;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One benchmark run on one database, in a JVM of its own (started by {@link PerformanceBenchmark}): starts the
 * application on a fresh database, runs every scenario and writes each figure as a JSON line to the file named by its
 * first argument. Each scenario warms up, then measures; only the measured part counts. A scenario that fails writes
 * its error as its figure and the run goes on.
 */
public final class BenchmarkNode {

	private static final String LOCATION = DossierSteps.LOCATION;

	private static final String IMMOBILIER = DossierSteps.IMMOBILIER;

	/** How long the job scenario waits for its jobs at most. */
	private static final long PATIENCE_MILLIS = 600_000;

	private final Writer out;

	private final Knobs knobs;

	private ConfigurableApplicationContext application;

	private BenchClient api;

	private Path accessLogs;

	private ApiSteps steps;

	private BenchmarkNode(Writer out, Knobs knobs) {
		this.out = out;
		this.knobs = knobs;
	}

	public static void main(String[] args) throws Exception {
		Path results = Path.of(args[0]);
		String database = args[1];
		Path work = Files.createDirectories(results.toAbsolutePath().getParent().resolve("work-" + database));
		int status = 0;
		try (Writer out = Files.newBufferedWriter(results, StandardCharsets.UTF_8)) {
			BenchmarkNode node = new BenchmarkNode(out, Knobs.fromSystemProperties());
			try {
				node.run(database, work);
			}
			catch (Throwable e) {
				e.printStackTrace();
				node.write(BenchmarkResult.failed("run", "run", e));
				status = 1;
			}
			finally {
				if (node.application != null) {
					node.application.close();
				}
			}
		}
		// the engine's, the mail server's and the embedded database's threads would keep the JVM alive
		System.exit(status);
	}

	private void run(String database, Path work) throws Exception {
		Map<String, Object> properties = new HashMap<>(database(database, work));
		properties.putAll(TestInfrastructure.mailAndStorage());
		properties.put("server.port", 0);
		accessLogs = Files.createDirectories(work.resolve("access-log-" + UUID.randomUUID()));
		properties.putAll(RequestCosts.accessLogInto(accessLogs));
		// application settings of the run: -Dbenchmark.app.<property>=<value> (the smoke run's cheap password hashing)
		System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("benchmark.app."))
			.forEach(name -> properties.put(name.substring("benchmark.app.".length()), System.getProperty(name)));
		// as system properties, above application.yml (default properties would sit below it)
		properties.forEach((name, value) -> System.setProperty(name, String.valueOf(value)));
		SpringApplication spring = new SpringApplication(GuichetEssApplication.class, BenchmarkJobCounter.class);
		spring.setAdditionalProfiles("demo");
		// the embedded PostgreSQL server is already up: the start-up time is the application's alone
		long started = System.nanoTime();
		application = spring.run("--server.port=0");
		double startup = Measuring.seconds(System.nanoTime() - started);
		System.gc();
		double heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024.0 / 1024.0;
		write(BenchmarkResult.atMost("startup", "Start-up (s, SpringApplication.run on a fresh database)", startup, 15));
		write(BenchmarkResult.figure("heap", "Heap used after start-up (MiB, after System.gc)", heap, "", null));
		int port = Integer.parseInt(application.getEnvironment().getProperty("local.server.port"));
		api = new BenchClient(port);
		steps = new ApiSteps(api);

		scenario("engine-and-submissions", this::engineAndSubmissions);
		scenario("jobs", this::jobs);
		scenario("letters", this::letters);
		scenario("committee", this::committee);
		scenario("cases", this::cases);
		scenario("inbox-and-search", this::inboxAndSearch);
		scenario("facts", this::facts);
		scenario("serialised", this::serialisedVariables);
		scenario("request-costs", this::requestCosts);
	}

	private Map<String, Object> database(String database, Path work) throws IOException {
		if ("h2".equals(database)) {
			Path folder = Files.createTempDirectory(work, "h2-");
			return Map.of("spring.datasource.url",
					"jdbc:h2:file:" + folder.resolve("guichet-ess").toAbsolutePath() + ";LOCK_TIMEOUT=10000",
					"spring.datasource.username", "sa", "spring.datasource.password", "");
		}
		if (!"postgresql".equals(database)) {
			throw new IllegalArgumentException("Unknown database " + database + " (h2 or postgresql)");
		}
		String url = System.getProperty("benchmark.postgresql.url", "");
		if (!url.isBlank()) {
			return Map.of("spring.datasource.url", url, "spring.datasource.username",
					System.getProperty("benchmark.postgresql.username", "postgres"), "spring.datasource.password",
					System.getProperty("benchmark.postgresql.password", "postgres"));
		}
		System.setProperty("guichet.test.database", "postgresql");
		return TestDatabases.newDatabase();
	}

	private interface Scenario {

		void run() throws Exception;

	}

	private void scenario(String name, Scenario scenario) {
		// -Dbenchmark.scenarios=jobs,letters runs only those (profiling one path)
		String chosen = System.getProperty("benchmark.scenarios", "");
		if (!chosen.isBlank() && !List.of(chosen.split(",")).contains(name)) {
			return;
		}
		long started = System.nanoTime();
		System.out.println("[benchmark] scenario " + name + "…");
		try {
			scenario.run();
		}
		catch (Throwable e) {
			e.printStackTrace();
			write(BenchmarkResult.failed(name + ".error", "Scenario " + name, e));
		}
		System.out.printf("[benchmark] scenario %s took %.1f s%n", name, Measuring.seconds(System.nanoTime() - started));
	}

	// 1 and 2: a bare engine start, and a submission through the API, at the same thread counts

	private void engineAndSubmissions() throws Exception {
		ProcessEngine engine = application.getBean(ProcessEngine.class);
		BpmnModelInstance oneTask = Bpmn.createExecutableProcess("benchmarkOneTask")
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.userTask("work")
			.endEvent()
			.done();
		deploy(engine, "benchmark-one-task", oneTask);
		for (int threads : new int[] { 1, knobs.clients }) {
			int starts = knobs.engineStarts;
			IntConsumer start = i -> engine.getRuntimeService()
				.startProcessInstanceByKey("benchmarkOneTask", "benchmark-" + UUID.randomUUID());
			double startsPerSecond = Measuring.throughput(threads, Math.max(threads, starts / 5), starts, start);
			write(BenchmarkResult.figure("engine." + threads,
					"Bare engine: starts of a one-task process per second, " + threads + " thread(s)", startsPerSecond,
					"", null));
			// their open tasks would slow every later task completion (the engine scans ACT_RU_TASK on completion)
			List<String> started = engine.getRuntimeService()
				.createProcessInstanceQuery()
				.processDefinitionKey("benchmarkOneTask")
				.list()
				.stream()
				.map(instance -> instance.getId())
				.toList();
			engine.getRuntimeService().deleteProcessInstances(started, "benchmark measured", true, true, true);

			// one organisation per client, opened beforehand: the figure is the submissions alone
			List<String> applicants = Measuring.parallel(Math.min(threads, 4), threads, i -> steps.newApplicant());
			int submissions = threads == 1 ? Math.max(5, knobs.submissions / 3) : knobs.submissions;
			double perSecond = Measuring.throughputPerClient(threads, Math.max(threads, submissions / 5), submissions,
					client -> steps.submitted(applicants.get(client), IMMOBILIER));
			if (threads == knobs.clients) {
				write(BenchmarkResult.atLeast("submissions." + threads,
						"Submissions per second through the API (create + documents + submit), " + threads
								+ " clients",
						perSecond, 200));
			}
			else {
				write(BenchmarkResult.figure("submissions." + threads,
						"Submissions per second through the API (create + documents + submit), " + threads
								+ " client",
						perSecond, "", null));
			}
			write(BenchmarkResult.atMost("ratio." + threads,
					"Cost of a submission ÷ cost of a bare engine start (engine starts/s ÷ submissions/s), "
							+ threads + " thread(s)",
					startsPerSecond / perSecond, 2));
		}
	}

	/** Deploys a model of the benchmark's own beside the application's processes. */
	private static void deploy(ProcessEngine engine, String name, BpmnModelInstance model) {
		engine.getRepositoryService().createDeployment().name(name).addModelInstance(name + ".bpmn", model).deploy();
	}

	// 7: the job executor

	private void jobs() throws Exception {
		ProcessEngine engine = application.getBean(ProcessEngine.class);
		BenchmarkJobCounter counter = application.getBean(BenchmarkJobCounter.class);
		BpmnModelInstance asyncTask = Bpmn.createExecutableProcess("benchmarkJob")
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.serviceTask("count")
			.camundaAsyncBefore()
			.camundaDelegateExpression("${benchmarkJobCounter}")
			.endEvent()
			.done();
		deploy(engine, "benchmark-job", asyncTask);
		// warm-up: a tenth of the jobs, run to the end before the measure starts
		runJobs(engine, counter, Math.max(10, knobs.jobs / 10));
		counter.reset();
		double perSecond = runJobs(engine, counter, knobs.jobs);
		write(BenchmarkResult.atLeast("jobs", "Job executor: asynchronous jobs run per second (" + knobs.jobs + " jobs)",
				perSecond, 150));
		write(BenchmarkResult.atMost("jobs.duplicates", "Job executor: jobs run more than once", counter.duplicates(), 0));
	}

	private double runJobs(ProcessEngine engine, BenchmarkJobCounter counter, int jobs) throws Exception {
		int before = counter.distinct();
		long started = System.nanoTime();
		Measuring.parallel(4, jobs, i -> engine.getRuntimeService().startProcessInstanceByKey("benchmarkJob"));
		long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
		while (counter.distinct() < before + jobs) {
			if (System.currentTimeMillis() > deadline) {
				throw new IllegalStateException("Only " + (counter.distinct() - before) + " of " + jobs + " jobs ran");
			}
			Thread.sleep(5);
		}
		return jobs / Measuring.seconds(System.nanoTime() - started);
	}

	// 6: PDF letters through the letter module (render + store)

	private void letters() throws Exception {
		Letters letters = application.getBean(Letters.class);
		UUID dossier = UUID.fromString(steps.lastSubmitted() == null
				? steps.submitted(steps.newApplicant(), IMMOBILIER) : steps.lastSubmitted());
		AtomicInteger key = new AtomicInteger();
		for (int threads : new int[] { 1, 2 }) {
			double perSecond = Measuring.throughput(threads, Math.max(4, knobs.letters / 5), knobs.letters,
					i -> letters.issue(dossier, LetterKind.ACKNOWLEDGEMENT_OF_RECEIPT, "benchmark-" + key.incrementAndGet(),
							Map.of()));
			if (threads == 2) {
				write(BenchmarkResult.atLeast("letters." + threads, "PDF/A letters rendered and stored per second, "
						+ threads + " threads", perSecond, 100));
			}
			else {
				write(BenchmarkResult.figure("letters." + threads,
						"PDF/A letters rendered and stored per second, 1 thread", perSecond, "", null));
			}
		}
	}

	// 5: committee decisions on one envelope under contention

	private void committee() throws Exception {
		int dossiers = knobs.committeeDossiers;
		int year = steps.freeYear(LOCATION, 20);
		BigDecimal amount = new BigDecimal("1000.00");
		BigDecimal allocated = amount.multiply(BigDecimal.valueOf(dossiers / 2));
		String envelope = api.post("finance", "/api/envelopes",
				Map.of("scheme", LOCATION, "year", year, "allocated", allocated)).expect(201).get("id").asText();
		// one session per dossier: only the envelope is shared by the concurrent decisions
		List<String[]> prepared = Measuring.parallel(knobs.clients, dossiers, i -> {
			String dossier = steps.awaitingCommittee(steps.newApplicant(), LOCATION, amount);
			String session = steps.session(LocalDate.of(year, 3, 10), "Bureau concurrent n° " + i);
			api.post("committee", "/api/committee-sessions/" + session + "/agenda",
					Map.of("dossierIds", List.of(dossier))).expect(200);
			return new String[] { session, dossier };
		});
		AtomicInteger accepted = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		List<String> toClose = java.util.Collections.synchronizedList(new ArrayList<>());
		long started = System.nanoTime();
		Measuring.parallel(knobs.clients, dossiers, i -> {
			BenchClient.Reply reply = api.post("committee", "/api/committee-sessions/" + prepared.get(i)[0]
					+ "/decisions", decision(prepared.get(i)[1], amount));
			if (reply.status() == 200) {
				accepted.incrementAndGet();
				toClose.add(prepared.get(i)[0]);
			}
			else if (reply.status() == 409) {
				refused.incrementAndGet();
			}
			else {
				reply.expect(200);
			}
			return null;
		});
		double perSecond = dossiers / Measuring.seconds(System.nanoTime() - started);
		// the grants take effect as their sessions close
		Measuring.parallel(4, toClose.size(), i -> api.post("committee", "/api/committee-sessions/" + toClose.get(i) + "/close",
				null).expect(200));
		JsonNode figures = api.get("finance", "/api/envelopes/" + envelope).expect(200);
		BigDecimal overCommitted = figures.get("engaged").decimalValue().subtract(allocated);
		write(BenchmarkResult.atLeast("committee.decisions", "Committee decisions per second on one envelope, "
				+ knobs.clients + " threads (" + dossiers + " grants for room for " + dossiers / 2 + ")", perSecond, 200));
		write(BenchmarkResult.atMost("committee.overcommitment", "Envelope over-commitment after closing (€, engaged − allocated)",
				overCommitted.doubleValue(), 0));
		write(BenchmarkResult.figure("committee.accepted", "Committee decisions accepted (200)", accepted.get(), "",
				null));
		write(BenchmarkResult.figure("committee.refused", "Committee decisions refused for lack of room (409)",
				refused.get(), "", null));
	}

	private static Map<String, Object> decision(String dossier, BigDecimal amount) {
		Map<String, Object> decision = new HashMap<>();
		decision.put("dossierId", dossier);
		decision.put("outcome", "GRANTED");
		decision.put("amount", amount);
		return decision;
	}

	// 3: a whole case through the API

	private void cases() throws Exception {
		int year = steps.freeYear(LOCATION, 21);
		int cases = knobs.cases;
		int warmUp = Math.max(knobs.clients, cases / 5);
		api.post("finance", "/api/envelopes",
				Map.of("scheme", LOCATION, "year", year, "allocated", new BigDecimal("90000000.00"))).expect(201);
		// the organisations open beforehand: Location allows one application per organisation every three years
		List<String> applicants = Measuring.parallel(4, warmUp + cases, i -> steps.newApplicant());
		AtomicInteger next = new AtomicInteger();
		double perSecond = Measuring.throughputPerClient(knobs.clients, warmUp, cases,
				client -> caseLife(applicants.get(next.getAndIncrement()), year));
		write(BenchmarkResult.atLeast("cases." + knobs.clients,
				"Whole cases per second through the API (submit → completeness → eligibility → review → committee grant → payment approved), "
						+ knobs.clients + " clients",
				perSecond, 40));
	}

	private void caseLife(String applicant, int year) {
		BigDecimal amount = new BigDecimal("3000.00");
		String dossier = steps.awaitingCommittee(applicant, LOCATION, amount);
		String session = steps.session(LocalDate.of(year, 3, 10), "Bureau " + dossier.substring(0, 8));
		api.post("committee", "/api/committee-sessions/" + session + "/agenda", Map.of("dossierIds", List.of(dossier)))
			.expect(200);
		api.post("committee", "/api/committee-sessions/" + session + "/decisions", decision(dossier, amount)).expect(200);
		api.post("committee", "/api/committee-sessions/" + session + "/close", null).expect(200);
		String receipts = steps.upload(applicant, dossier, "RENT_RECEIPTS").get("id").asText();
		Map<String, Object> request = new HashMap<>();
		request.put("kind", "ANNUAL_INSTALMENT");
		request.put("amount", new BigDecimal("1000.00"));
		request.put("justifiedExpenses", new BigDecimal("15000.00"));
		request.put("proofDocumentIds", List.of(receipts));
		String payment = api.post(applicant, "/api/dossiers/" + dossier + "/payment-requests", request)
			.expect(201)
			.get("id")
			.asText();
		api.post("finance", "/api/payment-requests/" + payment + "/approve", Map.of("amount", new BigDecimal("1000.00")))
			.expect(200);
	}

	// 4: inbox and search latency as the database grows

	private void inboxAndSearch() throws Exception {
		DatasetGenerator generator = new DatasetGenerator(application);
		List<Integer> sizes = knobs.sizes;
		if (sizes.isEmpty()) {
			latencies("current", dossierCount());
			return;
		}
		for (int size : sizes) {
			try {
				DatasetGenerator.Growth growth = generator.growTo(size);
				write(BenchmarkResult.fact("dataset." + size, "Data set grown to " + size + " dossiers",
						"%d → %d dossiers in %.0f s, %d running process instances".formatted(growth.dossiersBefore(),
								growth.dossiersAfter(), growth.took().toMillis() / 1000.0,
								growth.runningProcessInstances())));
			}
			catch (UnsupportedOperationException | LinkageError e) {
				write(BenchmarkResult.fact("dataset." + size, "Data set grown to " + size + " dossiers",
						"generator not available (" + e.getMessage() + "): measured at the dossiers the run created"));
			}
			latencies(String.valueOf(size), dossierCount());
		}
	}

	private long dossierCount() {
		return new JdbcTemplate(application.getBean(DataSource.class)).queryForObject("select count(*) from dossier",
				Long.class);
	}

	/** The latencies at one size of the data set ({@code size}: the size asked for; {@code dossiers}: the count). */
	private void latencies(String size, long dossiers) {
		String at = size;
		String count = " [" + dossiers + " dossiers]";
		String[] statuses = { "SUBMITTED", "UNDER_REVIEW", "AWAITING_COMMITTEE", "GRANTED", "CLOSED", "REFUSED" };
		String[] schemes = { IMMOBILIER, LOCATION };
		// what the inbox page shows: the oldest 50 open tasks and how many there are
		latency("inbox." + at, "Officer inbox GET /api/tasks?size=50 at " + at + " dossiers: median / p95 / p99 (ms)",
				count, i -> api.get("officer", "/api/tasks?size=50").expect(200));
		// what a client of the foundation's contract gets without paging: up to 500 tasks
		latency("inbox-unpaged." + at, "Officer's open tasks GET /api/tasks (up to 500) at " + at
				+ " dossiers: median / p95 / p99 (ms)", count, i -> api.get("officer", "/api/tasks").expect(200), null);
		latency("list." + at,
				"Dossier list GET /api/dossiers?status=&scheme=&page= at " + at + " dossiers: median / p95 / p99 (ms)", count,
				i -> api.get("officer", "/api/dossiers?status=" + statuses[i % statuses.length] + "&scheme="
						+ schemes[(i / statuses.length) % 2] + "&page=" + (i % 5) + "&size=20").expect(200));
		long all = api.get("officer", "/api/dossiers?size=1").expect(200).get("totalElements").asLong();
		long none = api.get("officer", "/api/dossiers?size=1&q=zzqx-aucun-dossier").expect(200).get("totalElements")
			.asLong();
		if (all > 0 && none == all) {
			write(BenchmarkResult.fact("search." + at, "Text search GET /api/dossiers?q= at " + at + " dossiers",
					"not measured: the q parameter is not supported by this build" + count));
			return;
		}
		String[] terms = { "atelier", "Rouen", "Structure", "bureaux", "ESS", "Solidaires" };
		latency("search." + at, "Text search GET /api/dossiers?q= at " + at + " dossiers: median / p95 / p99 (ms)", count,
				i -> api.get("officer", "/api/dossiers?q=" + terms[i % terms.length] + "&size=20").expect(200));
	}

	private void latency(String id, String label, String count, IntConsumer request) {
		latency(id, label, count, request, 50.0);
	}

	/** {@code targetP95}: the p95 the issue asks for, in milliseconds, or null for a figure without target. */
	private void latency(String id, String label, String count, IntConsumer request, Double targetP95) {
		try {
			for (int i = 0; i < knobs.latencyWarmUp; i++) {
				request.accept(i);
			}
			long[] nanos = new long[knobs.latencyRequests];
			for (int i = 0; i < nanos.length; i++) {
				long started = System.nanoTime();
				request.accept(i);
				nanos[i] = System.nanoTime() - started;
			}
			Arrays.sort(nanos);
			double median = Measuring.percentile(nanos, 50);
			double p95 = Measuring.percentile(nanos, 95);
			double p99 = Measuring.percentile(nanos, 99);
			write(new BenchmarkResult(id, label, p95, "%s / %s / %s".formatted(BenchmarkResult.format(median),
					BenchmarkResult.format(p95), BenchmarkResult.format(p99)) + count,
					targetP95 == null ? "" : "p95 ≤ " + BenchmarkResult.format(targetP95),
					targetP95 == null ? null : p95 <= targetP95));
		}
		catch (RuntimeException e) {
			write(BenchmarkResult.failed(id, label, e));
		}
	}

	// where the server's time went, per kind of request

	private void requestCosts() throws IOException {
		List<String> lines = RequestCosts.summary(accessLogs);
		for (int i = 0; i < lines.size(); i++) {
			write(BenchmarkResult.fact("requests." + i, "Server time per kind of request (Tomcat's access log)",
					lines.get(i)));
		}
	}

	// what the data set says of itself

	private void facts() {
		JdbcTemplate jdbc = new JdbcTemplate(application.getBean(DataSource.class));
		Map<String, Long> perStatus = new LinkedHashMap<>();
		jdbc.query("select status, count(*) from dossier group by status order by status",
				row -> {
					perStatus.put(row.getString(1), row.getLong(2));
				});
		write(BenchmarkResult.fact("facts.statuses", "Dossiers per status at the end of the run", perStatus.toString()
			.replace("{", "")
			.replace("}", "")));
		JsonNode audit = api.get("admin", "/api/admin/audit/verification").expect(200);
		write(new BenchmarkResult("facts.audit", "Audit chain verified (entries checked)",
				audit.get("checked").asDouble(), (audit.get("intact").asBoolean() ? "intact, " : "BROKEN, ")
						+ audit.get("checked").asLong() + " entries",
				"intact", audit.get("intact").asBoolean()));
		JsonNode ledger = api.get("finance", "/api/finance/ledger/integrity").expect(200);
		write(new BenchmarkResult("facts.ledger", "Ledger integrity (GET /api/finance/ledger/integrity)", null,
				ledger.get("consistent").asBoolean() ? "consistent" : "INCONSISTENT: " + ledger.get("problems"),
				"consistent", ledger.get("consistent").asBoolean()));
	}

	// 8: no Java-serialised process variable anywhere

	private void serialisedVariables() {
		JdbcTemplate jdbc = new JdbcTemplate(application.getBean(DataSource.class));
		// the engine's serializer name for Java serialisation is "serializable" (JavaObjectSerializer); object values
		// in another format name their serializer differently
		long runtime = count(jdbc, "select count(*) from ACT_RU_VARIABLE where TYPE_ = 'serializable'");
		long history = count(jdbc, "select count(*) from ACT_HI_VARINST where VAR_TYPE_ = 'serializable'");
		long details = count(jdbc, "select count(*) from ACT_HI_DETAIL where VAR_TYPE_ = 'serializable'");
		long objects = count(jdbc, "select count(*) from ACT_RU_VARIABLE where TYPE_ = 'object' and TEXT2_ like '%java%'")
				+ count(jdbc, "select count(*) from ACT_HI_VARINST where VAR_TYPE_ = 'object' and TEXT2_ like '%java%'");
		long bytes = count(jdbc, "select count(*) from ACT_GE_BYTEARRAY b where exists (select 1 from ACT_RU_VARIABLE v"
				+ " where v.BYTEARRAY_ID_ = b.ID_ and v.TYPE_ in ('serializable', 'object'))"
				+ " or exists (select 1 from ACT_HI_VARINST h where h.BYTEARRAY_ID_ = b.ID_"
				+ " and h.VAR_TYPE_ in ('serializable', 'object'))"
				+ " or exists (select 1 from ACT_HI_DETAIL d where d.BYTEARRAY_ID_ = b.ID_"
				+ " and d.VAR_TYPE_ in ('serializable', 'object'))");
		long total = runtime + history + details + objects;
		write(new BenchmarkResult("serialised.variables",
				"Java-serialised process variables (ACT_RU_VARIABLE, ACT_HI_VARINST, ACT_HI_DETAIL)", (double) total,
				"%d (runtime %d, history %d, details %d, java objects %d)".formatted(total, runtime, history, details,
						objects),
				"= 0", total == 0));
		write(new BenchmarkResult("serialised.bytearrays",
				"ACT_GE_BYTEARRAY rows holding serialised variables", (double) bytes, String.valueOf(bytes), "= 0",
				bytes == 0));
		write(BenchmarkResult.fact("serialised.all-variables", "Process variables by type (runtime)",
				jdbc.queryForList("select TYPE_, count(*) from ACT_RU_VARIABLE group by TYPE_")
					.stream()
					.map(row -> row.values().toString())
					.toList()
					.toString()));
	}

	private static long count(JdbcTemplate jdbc, String sql) {
		Long count = jdbc.queryForObject(sql, Long.class);
		return count == null ? 0 : count;
	}

	private synchronized void write(BenchmarkResult result) {
		try {
			out.write(BenchClient.JSON.writeValueAsString(result));
			out.write('\n');
			out.flush();
			System.out.println("[benchmark] " + result.id() + ": " + result.text());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The scale of the run, from system properties {@code benchmark.*} (the defaults are the full run's). */
	record Knobs(List<Integer> sizes, int clients, int engineStarts, int submissions, int cases, int committeeDossiers,
			int letters, int jobs, int latencyRequests, int latencyWarmUp) {

		static Knobs fromSystemProperties() {
			String sizes = System.getProperty("benchmark.sizes", "1000,10000,100000");
			return new Knobs(
					Arrays.stream(sizes.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf)
						.toList(),
					Integer.getInteger("benchmark.clients", 16), Integer.getInteger("benchmark.engine.starts", 2000),
					Integer.getInteger("benchmark.submissions", 400), Integer.getInteger("benchmark.cases", 64),
					Integer.getInteger("benchmark.committee.dossiers", 200),
					Integer.getInteger("benchmark.letters", 200), Integer.getInteger("benchmark.jobs", 2000),
					Integer.getInteger("benchmark.latency.requests", 300),
					Integer.getInteger("benchmark.latency.warmup", 30));
		}

	}

}
