package fr.metropolerouen.guichetess.benchmark;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import fr.metropolerouen.guichetess.audit.AuditRecord;
import fr.metropolerouen.guichetess.audit.AuditTrail;
import fr.metropolerouen.guichetess.dossier.DossierSearchIndex;
import fr.metropolerouen.guichetess.dossier.DossierStatus;
import fr.metropolerouen.guichetess.dossier.TimelineAction;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.support.DossierSteps;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database of a running application with realistic volume: dossiers of both schemes over five years, in
 * every status, with their process history, ledger entries, letters' metadata and audit entries.
 *
 * <p>
 * Rows are written as the application would have left them, but in bulk: multi-row inserts, one transaction per
 * chunk of {@value #CHUNK} dossiers. Ended dossiers get the engine's history rows (level "audit") written directly;
 * dossiers still in the procedure get real process instances, started by the engine at the step of their status, so
 * that the inboxes show real tasks. The audit chain is extended through {@link AuditTrail#appendInBulk}, so its
 * verification still holds.
 */
public final class DatasetGenerator {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DatasetGenerator.class);

	static final int CHUNK = 1_000;

	/** Room kept in the current year's envelopes for the decisions a benchmark takes itself. */
	static final BigDecimal CURRENT_YEAR_ROOM = new BigDecimal("20000000.00");

	private static final BigDecimal PAST_YEAR_ROOM = new BigDecimal("500000.00");

	private static final String PROCESS_KEY = "DossierProcess";

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final String[] LEGAL_FORMS = { "9220", "9220", "9220", "5458", "5785", "5710", "5499", "9210",
			"5459", "6317" };

	private static final String[] OFFICERS = { "officer", "agent", "instructeur-1", "instructeur-2", "instructeur-3" };

	private static final String[] NAME_HEADS = { "Association", "SCOP", "SCIC", "Coopérative", "Régie de quartier",
			"Entreprise d'insertion", "Atelier", "Collectif" };

	private static final String[] NAME_TAILS = { "Les Ateliers Solidaires", "Bois et Compagnie", "Seine Vélo",
			"La Ressourcerie", "Jardins de Cocagne", "Cuisine Partagée", "Tiers-Lieu du Robec", "Recyclerie Normande",
			"Solidarité Numérique", "Épicerie Coopérative", "Mobilité Douce", "Habitat Partagé" };

	private static final String[] IMMOBILIER_DOCUMENTS = { "SIGNED_REQUEST", "PROJECT_PRESENTATION", "STATUTES",
			"REGISTRATION_PROOF", "SITE_PLAN", "DEED_OR_PROMISE", "DETAILED_QUOTES", "FINANCING_PLAN",
			"TAX_SOCIAL_COMPLIANCE", "BANK_DETAILS" };

	private static final String[] LOCATION_DOCUMENTS = { "SIGNED_REQUEST", "STATUTES", "REGISTRATION_PROOF",
			"COMMERCIAL_LEASE", "FINANCING_PLAN", "TAX_SOCIAL_COMPLIANCE", "STAFF_HEADCOUNT", "BANK_DETAILS" };

	private final ConfigurableApplicationContext application;

	public DatasetGenerator(ConfigurableApplicationContext application) {
		this.application = application;
	}

	/**
	 * Adds dossiers until the database holds at least {@code total} of them (those already there count), and says what
	 * it added and how long it took.
	 */
	public Growth growTo(int total) {
		long started = System.nanoTime();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource());
		int before = count(jdbc, "select count(*) from dossier");
		if (before >= total) {
			return new Growth(before, before, runningInstances(), Duration.ZERO);
		}
		Clock clock = application.getBean(Clock.class);
		Run run = new Run(new Random(31L * before + total), clock.instant(), jdbc);
		TransactionTemplate transaction = new TransactionTemplate(application.getBean(PlatformTransactionManager.class));
		transaction.executeWithoutResult(status -> run.prepare());
		for (int done = 0; done < total - before; done += CHUNK) {
			int size = Math.min(CHUNK, total - before - done);
			long chunkStart = System.nanoTime();
			transaction.executeWithoutResult(status -> run.chunk(size));
			log.info("chunk committed, {} ms in all", (System.nanoTime() - chunkStart) / 1_000_000);
		}
		run.startProcesses(transaction);
		int after = count(jdbc, "select count(*) from dossier");
		return new Growth(before, after, runningInstances(), Duration.ofNanos(System.nanoTime() - started));
	}

	/** What the benchmark prints and its smoke test asserts, read from the database and the application's checks. */
	public Facts check() {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource());
		Map<String, Long> perStatus = new java.util.TreeMap<>();
		jdbc.query("select scheme, status, count(*) from dossier group by scheme, status",
				row -> {
					perStatus.put(row.getString(1) + "/" + row.getString(2), row.getLong(3));
				});
		Map<String, Long> tasksPerGroup = new java.util.TreeMap<>();
		TaskService tasks = application.getBean(TaskService.class);
		for (String group : List.of("officer", "applicant", "committee", "finance")) {
			tasksPerGroup.put(group, tasks.createTaskQuery().taskCandidateGroup(group).active().count());
		}
		long letters = count(jdbc, "select count(*) from letter");
		long dossiers = count(jdbc, "select count(*) from dossier");
		Object ledger = invoke("fr.metropolerouen.guichetess.finance.LedgerIntegrity", "verify");
		Object audit = invoke("fr.metropolerouen.guichetess.audit.AuditVerification", "verify");
		boolean ledgerConsistent = (Boolean) invoke(ledger, "consistent");
		boolean auditIntact = (Boolean) invoke(audit, "intact");
		long auditEntries = ((Number) invoke(audit, "checked")).longValue();
		return new Facts(dossiers, perStatus, runningInstances(), tasksPerGroup, ledgerConsistent,
				ledgerConsistent ? List.of() : List.copyOf(castList(invoke(ledger, "problems"))), auditIntact,
				auditEntries, letters);
	}

	/** What one call of {@link #growTo} did. */
	public record Growth(int dossiersBefore, int dossiersAfter, int runningProcessInstances, Duration took) {
	}

	/**
	 * The state of the database after growth.
	 *
	 * @param dossiersPerSchemeAndStatus counts keyed {@code SCHEME/STATUS}
	 * @param openTasksPerGroup active tasks per candidate group (officer, applicant, committee, finance)
	 * @param ledgerProblems the finance integrity check's findings (empty when consistent)
	 */
	public record Facts(long dossiers, Map<String, Long> dossiersPerSchemeAndStatus, int runningProcessInstances,
			Map<String, Long> openTasksPerGroup, boolean ledgerConsistent, List<String> ledgerProblems,
			boolean auditChainIntact, long auditEntriesChecked, long letters) {
	}

	private DataSource dataSource() {
		return application.getBean(DataSource.class);
	}

	private int runningInstances() {
		return (int) application.getBean(RuntimeService.class)
			.createProcessInstanceQuery()
			.processDefinitionKey(PROCESS_KEY)
			.count();
	}

	private static int count(JdbcTemplate jdbc, String sql) {
		Number n = jdbc.queryForObject(sql, Number.class);
		return n == null ? 0 : n.intValue();
	}

	/** The integrity checks are package-private services of their modules: called as the endpoints call them. */
	private Object invoke(String serviceClass, String method) {
		try {
			Class<?> type = Class.forName(serviceClass);
			return invoke(application.getBean(type), method);
		}
		catch (ClassNotFoundException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Object invoke(Object target, String method) {
		try {
			Class<?> type = target.getClass();
			Method found = null;
			for (Class<?> c = type; c != null && found == null; c = c.getSuperclass()) {
				for (Method m : c.getDeclaredMethods()) {
					if (m.getName().equals(method) && m.getParameterCount() == 0) {
						found = m;
						break;
					}
				}
			}
			if (found == null) {
				throw new IllegalStateException("No method " + method + " on " + type);
			}
			found.setAccessible(true);
			return found.invoke(target);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException("Cannot call " + method, e);
		}
	}

	@SuppressWarnings("unchecked")
	private static List<String> castList(Object list) {
		return (List<String>) list;
	}

	/** The status mix of one budget year: current year in flight, older years nearly all ended. */
	static Map<DossierStatus, Double> statusMix(int yearsAgo) {
		Map<DossierStatus, Double> mix = new EnumMap<>(DossierStatus.class);
		if (yearsAgo == 0) {
			mix.put(DossierStatus.DRAFT, 4.0);
			mix.put(DossierStatus.SUBMITTED, 3.0);
			mix.put(DossierStatus.AWAITING_DOCUMENTS, 3.0);
			mix.put(DossierStatus.UNDER_REVIEW, 5.0);
			mix.put(DossierStatus.AWAITING_COMMITTEE, 3.0);
			mix.put(DossierStatus.GRANTED, 18.0);
			mix.put(DossierStatus.CLOSED, 18.0);
			mix.put(DossierStatus.REFUSED, 22.0);
			mix.put(DossierStatus.WITHDRAWN, 9.0);
			mix.put(DossierStatus.CLOSED_WITHOUT_FOLLOW_UP, 7.0);
			mix.put(DossierStatus.LAPSED, 1.0);
			mix.put(DossierStatus.GRANT_WITHDRAWN, 1.0);
			// a draft started at the very end of a year is never submitted: every year keeps a few
			return mix;
		}
		double granted = switch (yearsAgo) {
			case 1 -> 9.0;
			case 2 -> 3.0;
			case 3 -> 1.0;
			default -> 0.5;
		};
		mix.put(DossierStatus.DRAFT, 0.5);
		mix.put(DossierStatus.GRANTED, granted);
		mix.put(DossierStatus.CLOSED, 44.5 - granted);
		mix.put(DossierStatus.REFUSED, 24.0);
		mix.put(DossierStatus.WITHDRAWN, 10.0);
		mix.put(DossierStatus.CLOSED_WITHOUT_FOLLOW_UP, 9.0);
		mix.put(DossierStatus.LAPSED, 9.0);
		mix.put(DossierStatus.GRANT_WITHDRAWN, 3.0);
		return mix;
	}

	/** A valid SIRET (SIREN Luhn key, then the whole number's) built from a serial number. */
	static String siret(long serial) {
		String sirenBody = "%08d".formatted(10_000_000L + serial % 89_999_999L);
		String nicBody = "%04d".formatted(serial / 89_999_999L % 10_000);
		return DossierSteps.withLuhnKey(DossierSteps.withLuhnKey(sirenBody) + nicBody);
	}

	/** One growth: the counters and ledgers it continues, and the process instances it still has to start. */
	private final class Run {

		private final Random random;

		private final Instant now;

		private final int currentYear;

		private final JdbcTemplate jdbc;

		private final List<String> communes = new ArrayList<>();

		private final Map<String, Ledger> ledgers = new HashMap<>();

		private final Map<String, Integer> counters = new HashMap<>();

		private final Map<String, Integer> countersInDatabase = new HashMap<>();

		private final List<Start> starts = new ArrayList<>();

		private String definitionId;

		private long organisationSerial;

		private final List<UUID> organisations = new ArrayList<>();

		/** The employees of the organisations this run created, recorded as their dossiers' headcount. */
		private final Map<UUID, Integer> employees = new HashMap<>();

		private Run(Random random, Instant now, JdbcTemplate jdbc) {
			this.random = random;
			this.now = now;
			this.currentYear = LocalDate.ofInstant(now, PARIS).getYear();
			this.jdbc = jdbc;
		}

		/** Reads what growth continues: communes, counters, envelopes' last entries; opens missing envelopes. */
		void prepare() {
			communes.addAll(jdbc.queryForList("select distinct commune_insee_code from organisation", String.class));
			try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(
					DatasetGenerator.class.getResourceAsStream("/reference/communes-metropole-rouen.csv"),
					StandardCharsets.UTF_8))) {
				lines.lines().skip(1).map(line -> line.split(",")[0]).forEach(communes::add);
			}
			catch (java.io.IOException | NullPointerException e) {
				throw new IllegalStateException("Reference communes not found", e);
			}
			jdbc.query("select scheme, reference_year, last_number from dossier_reference_counter", row -> {
				String key = row.getString(1) + "/" + row.getInt(2);
				counters.put(key, row.getInt(3));
				countersInDatabase.put(key, row.getInt(3));
			});
			organisationSerial = count(jdbc, "select count(*) from organisation") * 7919L + 1_000_003L;
			ProcessDefinition definition = application.getBean(RepositoryService.class)
				.createProcessDefinitionQuery()
				.processDefinitionKey(PROCESS_KEY)
				.latestVersion()
				.singleResult();
			definitionId = definition.getId();
			for (AidScheme scheme : AidScheme.values()) {
				for (int year = currentYear - 4; year <= currentYear; year++) {
					ledgers.put(scheme + "/" + year, ledger(scheme, year));
				}
			}
		}

		private Ledger ledger(AidScheme scheme, int year) {
			List<UUID> ids = jdbc.queryForList("select id from envelope where scheme = ? and budget_year = ?",
					UUID.class, scheme.name(), year);
			if (ids.isEmpty()) {
				UUID id = uuid();
				Instant opened = LocalDate.of(year, 1, 5).atTime(9, 0).atZone(PARIS).toInstant();
				jdbc.update("insert into envelope (id, scheme, budget_year, created_at, created_by) values (?, ?, ?, ?, ?)",
						id, scheme.name(), year, at(opened), "finance");
				Ledger ledger = new Ledger(id, scheme, year);
				ledger.openedAt = opened;
				return ledger;
			}
			Ledger ledger = new Ledger(ids.get(0), scheme, year);
			jdbc.query("""
					select entry_number, allocated_total, engaged_total, released_total, paid_total, recovered_total
					from ledger_entry where envelope_id = ? order by entry_number desc fetch first 1 rows only""",
					row -> {
						ledger.number = row.getInt(1);
						ledger.allocated = row.getBigDecimal(2);
						ledger.engaged = row.getBigDecimal(3);
						ledger.released = row.getBigDecimal(4);
						ledger.paid = row.getBigDecimal(5);
						ledger.recovered = row.getBigDecimal(6);
					}, ledger.id);
			return ledger;
		}

		/** One transaction: {@code size} dossiers and everything that comes with them. */
		void chunk(int size) {
			long begin = System.nanoTime();
			Tables t = new Tables();
			List<AuditRecord> audit = new ArrayList<>();
			// about one organisation per three dossiers; a few apply again in later chunks
			int newOrganisations = Math.max(1, size / 3);
			List<UUID> pool = new ArrayList<>();
			for (int i = 0; i < newOrganisations; i++) {
				pool.add(organisation(t, audit));
			}
			for (int i = 0; i < size; i++) {
				UUID organisation = !organisations.isEmpty() && random.nextInt(10) == 0
						? organisations.get(random.nextInt(organisations.size())) : pool.get(random.nextInt(pool.size()));
				dossier(t, audit, organisation);
			}
			organisations.addAll(pool);
			long built = System.nanoTime();
			log.info("chunk of {} dossiers: built in {} ms", size, (built - begin) / 1_000_000);
			Connection connection = DataSourceUtils.getConnection(dataSource());
			try {
				t.flush(connection, ledgers, this);
				long flushed = System.nanoTime();
				log.info("chunk of {} dossiers: flushed in {} ms", size, (flushed - built) / 1_000_000);
			}
			catch (SQLException e) {
				throw new IllegalStateException("Bulk insert failed: " + e.getMessage(), e);
			}
			finally {
				DataSourceUtils.releaseConnection(connection, dataSource());
			}
			writeCounters();
			// the words the dossier search reads (V16), as the application keeps them for the dossiers it writes
			DossierSearchIndex.indexMissing(jdbc);
			long auditStart = System.nanoTime();
			audit.sort(java.util.Comparator.comparing(AuditRecord::occurredAt));
			application.getBean(AuditTrail.class).appendInBulk(audit);
			log.info("chunk of {} dossiers: {} audit entries in {} ms", size, audit.size(),
					(System.nanoTime() - auditStart) / 1_000_000);
		}

		private void writeCounters() {
			counters.forEach((key, last) -> {
				Integer stored = countersInDatabase.get(key);
				if (stored != null && stored.equals(last)) {
					return;
				}
				String[] parts = key.split("/");
				if (stored == null) {
					jdbc.update("insert into dossier_reference_counter (scheme, reference_year, last_number) values (?, ?, ?)",
							parts[0], Integer.parseInt(parts[1]), last);
				}
				else {
					jdbc.update("update dossier_reference_counter set last_number = ? where scheme = ? and reference_year = ?",
							last, parts[0], Integer.parseInt(parts[1]));
				}
				countersInDatabase.put(key, last);
			});
		}

		private UUID organisation(Tables t, List<AuditRecord> audit) {
			UUID id = uuid();
			long serial = organisationSerial++;
			String name = NAME_HEADS[random.nextInt(NAME_HEADS.length)] + " "
					+ NAME_TAILS[random.nextInt(NAME_TAILS.length)] + " " + (serial % 100_000);
			String commune = communes.get(random.nextInt(communes.size()));
			Instant created = LocalDate.of(currentYear - 5, 1, 1)
				.atStartOfDay(PARIS)
				.toInstant()
				.plus(random.nextInt(365 * 5), ChronoUnit.DAYS);
			if (created.isAfter(now)) {
				created = now.minus(1, ChronoUnit.DAYS);
			}
			int staff = random.nextInt(60);
			employees.put(id, staff);
			t.organisations.add(id, siret(serial), name, LEGAL_FORMS[random.nextInt(LEGAL_FORMS.length)], commune,
					(1 + random.nextInt(200)) + " rue de la République, 76000 Rouen", staff,
					"contact-" + serial + "@structure.example", at(created), random.nextInt(5) == 0);
			return id;
		}

		private void dossier(Tables t, List<AuditRecord> audit, UUID organisation) {
			int yearsAgo = pickYearsAgo();
			int year = currentYear - yearsAgo;
			DossierStatus status = pick(statusMix(yearsAgo));
			AidScheme scheme = random.nextInt(100) < 60 ? AidScheme.IMMOBILIER_ESS : AidScheme.LOCATION_ESS;
			Story story = new Story(uuid(), scheme, status, organisation, year, yearsAgo);
			story.write(t, audit);
		}

		private int pickYearsAgo() {
			int r = random.nextInt(100);
			return r < 16 ? 0 : 1 + (r - 16) / 21;
		}

		private DossierStatus pick(Map<DossierStatus, Double> mix) {
			double total = mix.values().stream().mapToDouble(Double::doubleValue).sum();
			double r = random.nextDouble() * total;
			for (Map.Entry<DossierStatus, Double> entry : mix.entrySet()) {
				r -= entry.getValue();
				if (r < 0) {
					return entry.getKey();
				}
			}
			return DossierStatus.CLOSED;
		}

		private String nextReference(AidScheme scheme, int year) {
			String key = scheme.name() + "/" + year;
			int number = counters.merge(key, 1, Integer::sum);
			return "%s-%d-%04d".formatted(scheme.referencePrefix(), year, number);
		}

		private UUID uuid() {
			long most = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
			long least = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
			return new UUID(most, least);
		}

		private String hex64() {
			return String.format("%016x%016x%016x%016x", random.nextLong(), random.nextLong(), random.nextLong(),
					random.nextLong());
		}

		/** Starts the engine's instances of the dossiers still in the procedure, a few hundred per transaction. */
		void startProcesses(TransactionTemplate transaction) {
			RuntimeService runtime = application.getBean(RuntimeService.class);
			long begin = System.nanoTime();
			int count = starts.size();
			for (int from = 0; from < starts.size(); from += 200) {
				List<Start> part = starts.subList(from, Math.min(starts.size(), from + 200));
				transaction.executeWithoutResult(status -> part.forEach(start -> start.run(runtime)));
			}
			starts.clear();
			log.info("{} process instances started in {} ms", count, (System.nanoTime() - begin) / 1_000_000);
		}

		/** One dossier's life up to its status: the dossier row, its documents, timeline, letters, money, history. */
		private final class Story {

			private final UUID id;

			private final AidScheme scheme;

			private final DossierStatus status;

			private final UUID organisation;

			private final int year;

			private final String applicant;

			private Instant time;

			private final Map<String, Object> d = new LinkedHashMap<>();

			private final List<Object[]> steps = new ArrayList<>();

			private final List<String[]> activities = new ArrayList<>();

			private String reference;

			private final List<Object[]> letters = new ArrayList<>();

			private Story(UUID id, AidScheme scheme, DossierStatus status, UUID organisation, int year, int yearsAgo) {
				this.id = id;
				this.scheme = scheme;
				this.status = status;
				this.organisation = organisation;
				this.year = year;
				this.applicant = "porteur-" + Math.abs(organisation.getLeastSignificantBits() % 100_000);
				Instant start = LocalDate.of(year, 1, 2).atTime(8, 0).atZone(PARIS).toInstant();
				long span;
				if (yearsAgo == 0) {
					boolean inFlight = status.ordinal() <= DossierStatus.AWAITING_COMMITTEE.ordinal();
					long daysSoFar = ChronoUnit.DAYS.between(start, now);
					if (inFlight) {
						start = now.minus(Math.min(daysSoFar, 75), ChronoUnit.DAYS);
						span = Math.min(daysSoFar, 60);
					}
					else {
						span = Math.max(1, daysSoFar - 150);
					}
				}
				else {
					span = 330;
				}
				this.time = start.plus(random.nextLong(Math.max(1, span)), ChronoUnit.DAYS)
					.plus(random.nextInt(600), ChronoUnit.MINUTES);
			}

			/** Moves the story's clock on by some days, never past now. */
			private Instant later(int minDays, int maxDays) {
				Instant next = time.plus(minDays + random.nextInt(Math.max(1, maxDays - minDays + 1)), ChronoUnit.DAYS)
					.plus(random.nextInt(480), ChronoUnit.MINUTES);
				Instant ceiling = now.minus(1, ChronoUnit.MINUTES);
				time = next.isAfter(ceiling) ? (time.isAfter(ceiling) ? time : ceiling) : next;
				return time;
			}

			private void step(String actor, String role, TimelineAction action, DossierStatus from, DossierStatus to,
					String details) {
				steps.add(new Object[] { time, actor, role, action, from, to, details });
			}

			private String officer() {
				return OFFICERS[random.nextInt(OFFICERS.length)];
			}

			void write(Tables t, List<AuditRecord> audit) {
				Instant created = time;
				step(applicant, "APPLICANT", TimelineAction.CREATED, null, DossierStatus.DRAFT, null);
				project();
				DossierStatus at = DossierStatus.DRAFT;
				boolean submitted = status != DossierStatus.DRAFT
						&& !(status == DossierStatus.WITHDRAWN && random.nextInt(3) == 0);
				BigDecimal granted = null;
				if (submitted) {
					later(1, 20);
					reference = nextReference(scheme, LocalDate.ofInstant(time, PARIS).getYear());
					d.put("reference", reference);
					d.put("rule_set_version", "1");
					d.put("submitted_at", at(time));
					d.put("submission_date", LocalDate.ofInstant(time, PARIS));
					documents(t);
					step(applicant, "APPLICANT", TimelineAction.SUBMITTED, DossierStatus.DRAFT, DossierStatus.SUBMITTED,
							"Référence " + reference);
					activity("StartEvent_DossierSubmitted", "startEvent", "Dossier déposé", null);
					at = DossierStatus.SUBMITTED;
				}
				at = toward(at, t);
				if (status == DossierStatus.WITHDRAWN) {
					cancelOpenActivity();
					later(1, 30);
					step(applicant, "APPLICANT", TimelineAction.WITHDRAWN, at, DossierStatus.WITHDRAWN,
							"Retrait à la demande du porteur de projet");
					if (submitted) {
						activity("StartEvent_DossierWithdrawn", "messageStartEvent", "Dossier retiré", null);
						activity("EndEvent_DossierWithdrawn", "noneEndEvent", "Procédure arrêtée", null);
					}
					d.put("closed_at", at(time));
					at = DossierStatus.WITHDRAWN;
				}
				if (at == DossierStatus.GRANTED) {
					granted = (BigDecimal) d.get("granted_amount");
					money(t, granted);
				}
				for (Object[] letter : letters) {
					String kind = (String) letter[0];
					String file = reference + "-" + kind.toLowerCase().replace('_', '-') + ".pdf";
					t.letters.add(uuid(), id, kind, file, hex64(), 40_000L + random.nextInt(60_000),
							at((Instant) letter[1]), "");
				}
				if (submitted && random.nextInt(10) == 0) {
					messages(t);
				}
				d.put("status", status.name());
				t.dossier(id, scheme, organisation, created, d);
				timeline(t, audit);
				history(t);
			}

			/** Walks the procedure from {@code from} to the dossier's status (or the point it left it). */
			private DossierStatus toward(DossierStatus from, Tables t) {
				if (from == DossierStatus.DRAFT || status == DossierStatus.SUBMITTED
						|| status == DossierStatus.WITHDRAWN && random.nextInt(3) == 0) {
					if (status == DossierStatus.SUBMITTED) {
						start("Task_CheckCompleteness", Map.of());
					}
					else if (from != DossierStatus.DRAFT) {
						task("Task_CheckCompleteness", "Vérifier la complétude du dossier");
					}
					return from;
				}
				boolean incomplete = status == DossierStatus.AWAITING_DOCUMENTS
						|| status == DossierStatus.CLOSED_WITHOUT_FOLLOW_UP || random.nextInt(4) == 0;
				if (incomplete) {
					later(2, 25);
					task("Task_CheckCompleteness", "Vérifier la complétude du dossier");
					activity("Gateway_DossierComplete", "exclusiveGateway", "Dossier complet ?", null);
					String message = "Merci de transmettre le plan de financement actualisé.";
					d.put("missing_documents_message", message);
					d.put("missing_documents_requested_at", at(time));
					step(officer(), "OFFICER", TimelineAction.DOCUMENTS_REQUESTED, DossierStatus.SUBMITTED,
							DossierStatus.AWAITING_DOCUMENTS, message);
					if (status == DossierStatus.AWAITING_DOCUMENTS) {
						start("Task_ProvideMissingDocuments", Map.of("complete", false));
						return DossierStatus.AWAITING_DOCUMENTS;
					}
					if (status == DossierStatus.CLOSED_WITHOUT_FOLLOW_UP) {
						later(30, 60);
						task("Task_ProvideMissingDocuments", "Fournir les pièces manquantes");
						activity("BoundaryEvent_NoAnswer", "boundaryTimer", "Délai de réponse expiré", null);
						activity("Task_CloseWithoutFollowUp", "serviceTask", "Classer le dossier sans suite", null);
						step("systeme", "SYSTEM", TimelineAction.CLOSED_WITHOUT_FOLLOW_UP, DossierStatus.AWAITING_DOCUMENTS,
								DossierStatus.CLOSED_WITHOUT_FOLLOW_UP, "Pièces manquantes non transmises dans le délai");
						d.put("closed_at", at(time));
						letter("CLOSURE_WITHOUT_FOLLOW_UP", "Task_IssueClosureLetter", "Notifier le classement sans suite");
						activity("EndEvent_ClosedWithoutFollowUp", "noneEndEvent", "Dossier classé sans suite", null);
						return DossierStatus.CLOSED_WITHOUT_FOLLOW_UP;
					}
					later(3, 30);
					task("Task_ProvideMissingDocuments", "Fournir les pièces manquantes");
					d.remove("missing_documents_message");
					d.remove("missing_documents_requested_at");
					step(applicant, "APPLICANT", TimelineAction.RESUBMITTED, DossierStatus.AWAITING_DOCUMENTS,
							DossierStatus.SUBMITTED, null);
					if (status == DossierStatus.WITHDRAWN) {
						start(null, null);
						return DossierStatus.SUBMITTED;
					}
				}
				later(2, 20);
				task("Task_CheckCompleteness", "Vérifier la complétude du dossier");
				activity("Gateway_DossierComplete", "exclusiveGateway", "Dossier complet ?", null);
				String checker = officer();
				step(checker, "OFFICER", TimelineAction.COMPLETENESS_CONFIRMED, DossierStatus.SUBMITTED,
						DossierStatus.UNDER_REVIEW, null);
				// the automatic assessment follows at once
				boolean ineligible = status == DossierStatus.REFUSED && random.nextInt(3) == 0;
				boolean needsReview = !ineligible && random.nextInt(12) == 0;
				String verdict = ineligible ? "INELIGIBLE" : needsReview ? "NEEDS_REVIEW" : "ELIGIBLE";
				d.put("eligibility_verdict", verdict);
				d.put("eligibility_assessed_at", at(time));
				activity("Task_AssessEligibility", "serviceTask", "Évaluer l'éligibilité", null);
				activity("Gateway_EligibilityVerdict", "exclusiveGateway", "Dossier éligible ?", null);
				step("systeme", "SYSTEM", TimelineAction.ELIGIBILITY_ASSESSED, null, null, "Verdict : " + verdict);
				if (status == DossierStatus.UNDER_REVIEW && !"ELIGIBLE".equals(verdict)) {
					start("Task_DecideOnIneligibility", Map.of("complete", true, "eligibilityVerdict", verdict));
					return DossierStatus.UNDER_REVIEW;
				}
				if (!"ELIGIBLE".equals(verdict)) {
					later(2, 15);
					task("Task_DecideOnIneligibility", "Statuer sur l'inéligibilité");
					activity("Gateway_IneligibilityConfirmed", "exclusiveGateway", "Inéligibilité confirmée ?", null);
					d.put("eligibility_decided_by", checker);
					d.put("eligibility_decided_at", at(time));
					if (ineligible) {
						d.put("eligibility_officer_decision", "CONFIRMED_INELIGIBLE");
						d.put("eligibility_justification", "Le projet ne relève pas du champ du dispositif.");
						step(checker, "OFFICER", TimelineAction.INELIGIBILITY_CONFIRMED, DossierStatus.UNDER_REVIEW,
								DossierStatus.REFUSED, "Le projet ne relève pas du champ du dispositif.");
						decision("REFUSED", "Projet inéligible au dispositif.");
						d.put("closed_at", at(time));
						letter("INELIGIBILITY_DECISION", "Task_IssueIneligibilityLetter",
								"Notifier le refus pour inéligibilité");
						activity("EndEvent_DossierIneligible", "noneEndEvent", "Dossier refusé pour inéligibilité", null);
						return DossierStatus.REFUSED;
					}
					d.put("eligibility_officer_decision", "OVERRIDDEN");
					d.put("eligibility_justification", "Les critères à examiner sont remplis au vu des pièces.");
					step(checker, "OFFICER", TimelineAction.INELIGIBILITY_OVERRIDDEN, null, null,
							"Les critères à examiner sont remplis au vu des pièces.");
				}
				BigDecimal requested = (BigDecimal) d.get("requested_amount");
				BigDecimal suggested = requested.multiply(BigDecimal.valueOf(70 + random.nextInt(31)))
					.divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN)
					.setScale(2);
				d.put("suggested_amount", suggested);
				activity("Task_SuggestAidAmount", "serviceTask", "Calculer le montant d'aide suggéré", null);
				step("systeme", "SYSTEM", TimelineAction.AMOUNT_SUGGESTED, null, null, "Montant suggéré : " + suggested);
				Map<String, Object> reviewVars = Map.of("complete", true, "eligibilityVerdict", verdict);
				if (status == DossierStatus.UNDER_REVIEW || status == DossierStatus.WITHDRAWN) {
					start(status == DossierStatus.UNDER_REVIEW ? "Task_ReviewDossier" : null, reviewVars);
					return DossierStatus.UNDER_REVIEW;
				}
				later(5, 40);
				task("Task_ReviewDossier", "Instruire le dossier");
				String reviewer = officer();
				d.put("proposed_amount", suggested);
				d.put("review_opinion", "Avis favorable : projet cohérent, plan de financement équilibré.");
				d.put("reviewed_by", reviewer);
				d.put("reviewed_at", at(time));
				step(reviewer, "OFFICER", TimelineAction.REVIEWED, DossierStatus.UNDER_REVIEW,
						DossierStatus.AWAITING_COMMITTEE, "Montant proposé : " + suggested);
				if (status == DossierStatus.AWAITING_COMMITTEE) {
					start("Task_DecideInCommittee", reviewVars);
					return DossierStatus.AWAITING_COMMITTEE;
				}
				later(10, 45);
				task("Task_DecideInCommittee", "Statuer en Bureau métropolitain");
				activity("Gateway_CommitteeOutcome", "exclusiveGateway", "Décision du Bureau ?", null);
				if (status == DossierStatus.REFUSED) {
					step("committee", "COMMITTEE", TimelineAction.REFUSED, DossierStatus.AWAITING_COMMITTEE,
							DossierStatus.REFUSED, "Projet non prioritaire au regard des crédits disponibles.");
					decision("REFUSED", "Projet non prioritaire au regard des crédits disponibles.");
					d.put("closed_at", at(time));
					letter("REFUSAL_DECISION", "Task_IssueRefusalLetter", "Notifier le refus");
					activity("EndEvent_DossierRefused", "noneEndEvent", "Aide refusée", null);
					return DossierStatus.REFUSED;
				}
				BigDecimal granted = suggested.multiply(BigDecimal.valueOf(80 + random.nextInt(21)))
					.divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN)
					.max(BigDecimal.ONE)
					.setScale(2);
				step("committee", "COMMITTEE", TimelineAction.GRANTED, DossierStatus.AWAITING_COMMITTEE,
						DossierStatus.GRANTED, "Aide accordée : " + granted);
				decision("GRANTED", "Projet conforme aux objectifs du dispositif.");
				d.put("granted_amount", granted);
				activity("Gateway_GrantSplit", "parallelGateway", null, null);
				letter("GRANT_DECISION", "Task_IssueGrantLetter", "Notifier l'attribution de l'aide");
				if (status == DossierStatus.GRANTED) {
					start("Task_AwaitGrantSettlement",
							Map.of("complete", true, "eligibilityVerdict", verdict, "committeeOutcome", "GRANTED"));
				}
				return DossierStatus.GRANTED;
			}

			private void decision(String outcome, String reasons) {
				d.put("decision_outcome", outcome);
				d.put("decision_date", LocalDate.ofInstant(time, PARIS));
				d.put("decision_reasons", reasons);
			}

			private void letter(String kind, String activityId, String activityName) {
				letters.add(new Object[] { kind, later(0, 2) });
				activity(activityId, "serviceTask", activityName, null);
				step("systeme", "SYSTEM", TimelineAction.LETTER_ISSUED, null, null,
						"Courrier émis : " + kind.toLowerCase().replace('_', ' '));
			}

			/** The ledger of a grant: its engagement, then what the status implies was paid or released. */
			private void money(Tables t, BigDecimal granted) {
				int decisionYear = LocalDate.ofInstant(time, PARIS).getYear();
				Ledger ledger = ledgers.get(scheme + "/" + Math.max(currentYear - 4, Math.min(currentYear, decisionYear)));
				DossierLedger mine = new DossierLedger();
				t.entry(ledger, mine, "ENGAGEMENT", null, granted, id, "engagement-" + id, time, "committee", null);
				BigDecimal paid = switch (status) {
					case CLOSED -> random.nextInt(4) == 0
							? granted.multiply(new BigDecimal("0.9")).setScale(0, RoundingMode.DOWN).setScale(2) : granted;
					case GRANTED -> granted.multiply(BigDecimal.valueOf(random.nextInt(3) * 30))
						.divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN)
						.setScale(2);
					case LAPSED -> random.nextBoolean() ? BigDecimal.ZERO.setScale(2)
							: granted.multiply(new BigDecimal("0.3")).setScale(0, RoundingMode.DOWN).setScale(2);
					case GRANT_WITHDRAWN -> granted.multiply(new BigDecimal("0.4")).setScale(0, RoundingMode.DOWN)
						.setScale(2);
					default -> BigDecimal.ZERO.setScale(2);
				};
				if (paid.signum() > 0) {
					later(30, 200);
					payment(t, ledger, mine, paid);
				}
				BigDecimal rest = granted.subtract(paid);
				switch (status) {
					case CLOSED -> {
						if (rest.signum() > 0) {
							t.entry(ledger, mine, "RELEASE", "LOWER_FINAL_COST", rest, id, "release-" + id, time,
									"finance", "Coût final inférieur au prévisionnel");
							step("finance", "FINANCE", TimelineAction.ENGAGEMENT_RELEASED, null, null, "Reliquat : " + rest);
						}
						later(1, 20);
						step(officer(), "OFFICER", TimelineAction.CLOSED, DossierStatus.GRANTED, DossierStatus.CLOSED,
								"Aide soldée");
						d.put("closed_at", at(time));
						activity("Task_AwaitGrantSettlement", "receiveTask", "Attendre le solde de l'aide", null);
						activity("Gateway_GrantJoin", "parallelGateway", null, null);
						activity("EndEvent_GrantSettled", "noneEndEvent", "Aide soldée", null);
					}
					case LAPSED -> {
						later(200, 400);
						t.entry(ledger, mine, "RELEASE", "LAPSE", rest, id, "release-" + id, time, "systeme",
								"Aide caduque");
						step("systeme", "SYSTEM", TimelineAction.LAPSED, DossierStatus.GRANTED, DossierStatus.LAPSED,
								"Échéance dépassée, reliquat dégagé : " + rest);
						d.put("closed_at", at(time));
						letters.add(new Object[] { "LAPSE_DECISION", time });
						activity("BoundaryEvent_GrantLapsed", "boundaryMessage", "Aide devenue caduque", null);
						activity("EndEvent_GrantLapsed", "terminateEndEvent", "Aide caduque", null);
					}
					case GRANT_WITHDRAWN -> {
						later(60, 200);
						t.entry(ledger, mine, "RELEASE", "WITHDRAWAL", rest, id, "release-" + id, time, "officer",
								"Retrait de l'aide");
						step(officer(), "OFFICER", TimelineAction.GRANT_WITHDRAWN, DossierStatus.GRANTED,
								DossierStatus.GRANT_WITHDRAWN, "Conditions de l'aide non respectées");
						d.put("closed_at", at(time));
						letters.add(new Object[] { "WITHDRAWAL_DECISION", time });
						activity("BoundaryEvent_GrantLapsed", "boundaryMessage", "Aide devenue caduque", null);
						activity("EndEvent_GrantLapsed", "terminateEndEvent", "Aide caduque", null);
					}
					default -> {
					}
				}
			}

			private void payment(Tables t, Ledger ledger, DossierLedger mine, BigDecimal paid) {
				UUID request = uuid();
				Instant requested = time;
				Instant liquidated = later(3, 15);
				Instant ordered = later(2, 10);
				Instant recorded = later(3, 15);
				String kind = scheme == AidScheme.LOCATION_ESS ? "ANNUAL_INSTALMENT"
						: paid.compareTo((BigDecimal) d.get("granted_amount")) == 0 ? "BALANCE" : "ADVANCE";
				String key = "payment-" + request;
				t.payments.add(request, id, 1, kind, paid, "PAID", paid, at(requested), applicant,
						scheme == AidScheme.LOCATION_ESS ? 1 : null, paid, at(liquidated), officer(),
						"OM-" + request.toString().substring(0, 18), at(ordered), "finance",
						LocalDate.ofInstant(recorded, PARIS), "VIR-" + request.toString().substring(0, 8), at(recorded),
						"finance", key, 0L);
				t.entry(ledger, mine, "PAYMENT", null, paid, id, key, recorded, "finance", null);
				step(applicant, "APPLICANT", TimelineAction.PAYMENT_REQUESTED, null, null, "Demande n° 1 : " + paid);
				steps.get(steps.size() - 1)[0] = requested;
				step("finance", "FINANCE", TimelineAction.PAYMENT_MADE, null, null, "Versement payé : " + paid);
			}

			private void project() {
				BigDecimal requested;
				if (scheme == AidScheme.IMMOBILIER_ESS) {
					BigDecimal expenses = BigDecimal.valueOf(50_000 + random.nextInt(750_000)).setScale(2);
					requested = expenses.multiply(BigDecimal.valueOf(10 + random.nextInt(21)))
						.divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN)
						.min(BigDecimal.valueOf(100_000))
						.setScale(2);
					d.put("project_title", "Travaux des locaux de la structure");
					d.put("operation_type", List.of("ACQUISITION", "CONSTRUCTION", "EXTENSION", "RENOVATION")
						.get(random.nextInt(4)));
					d.put("eligible_expenses", expenses);
					d.put("works_start_date", LocalDate.ofInstant(time, PARIS).plusMonths(2 + random.nextInt(6)));
				}
				else {
					BigDecimal rent = BigDecimal.valueOf(500 + random.nextInt(3_500)).setScale(2);
					requested = rent.multiply(BigDecimal.valueOf(3 + random.nextInt(4))).setScale(2);
					d.put("project_title", "Location de bureaux pour l'activité");
					d.put("monthly_rent", rent);
					d.put("surface_m2", BigDecimal.valueOf(30 + random.nextInt(370)).setScale(2));
					d.put("lease_start_date", LocalDate.ofInstant(time, PARIS).plusMonths(1 + random.nextInt(4)));
					d.put("lease_duration_months", 36 + 12 * random.nextInt(7));
					d.put("lease_type", random.nextInt(10) == 0 ? "OTHER_COMMERCIAL_LEASE" : "COMMERCIAL_OFFICE_LEASE");
					d.put("lease_signed_on", LocalDate.ofInstant(time, PARIS).minusDays(random.nextInt(60)));
				}
				d.put("commune_insee_code", communes.get(random.nextInt(communes.size())));
				d.put("requested_amount", requested);
				d.put("market_activity", random.nextBoolean());
				d.put("operating_revenue", BigDecimal.valueOf(20_000 + random.nextInt(2_000_000)).setScale(2));
				d.put("operating_expenses", BigDecimal.valueOf(20_000 + random.nextInt(2_000_000)).setScale(2));
				d.put("own_funds", BigDecimal.valueOf(random.nextInt(500_000)).setScale(2));
				// the jobs declared: the organisation's employees as headcount (as submission records them), a few
				// jobs created, some of the staff kept; one application in five leaves the jobs undeclared
				int staff = employees.get(organisation);
				d.put("headcount", staff);
				if (random.nextInt(5) != 0) {
					d.put("jobs_created", random.nextInt(4));
					d.put("jobs_kept", staff == 0 ? 0 : random.nextInt(staff + 1));
				}
			}

			private void documents(Tables t) {
				String[] types = scheme == AidScheme.IMMOBILIER_ESS ? IMMOBILIER_DOCUMENTS : LOCATION_DOCUMENTS;
				int count = 3 + random.nextInt(3);
				int first = random.nextInt(types.length);
				for (int i = 0; i < count; i++) {
					String type = types[(first + i) % types.length];
					t.documents.add(uuid(), id, type, type.toLowerCase() + ".pdf", "application/pdf",
							50_000L + random.nextInt(2_000_000), hex64(), at(time.minus(i + 1, ChronoUnit.HOURS)), applicant);
				}
				steps.add(new Object[] { time.minus(1, ChronoUnit.HOURS), applicant, "APPLICANT",
						TimelineAction.DOCUMENT_ADDED, null, null, count + " pièce(s) ajoutée(s)" });
			}

			private void messages(Tables t) {
				Instant sent = time;
				t.messages.add(uuid(), id, at(sent), officer(), "OFFICER",
						"Bonjour, pourriez-vous préciser le calendrier de votre projet ? Cordialement.");
				t.messages.add(uuid(), id, at(sent.plus(1, ChronoUnit.HOURS)), applicant, "APPLICANT",
						"Bonjour, les travaux débuteront au printemps. Bien cordialement.");
				steps.add(new Object[] { sent, "officer", "OFFICER", TimelineAction.MESSAGE_SENT, null, null, null });
				steps.add(new Object[] { sent.plus(1, ChronoUnit.HOURS), applicant, "APPLICANT",
						TimelineAction.MESSAGE_SENT, null, null, null });
			}

			private void timeline(Tables t, List<AuditRecord> audit) {
				steps.sort(java.util.Comparator.comparing(step -> (Instant) step[0]));
				for (Object[] step : steps) {
					Instant when = ((Instant) step[0]).truncatedTo(ChronoUnit.MICROS);
					String action = ((TimelineAction) step[3]).name();
					String from = step[4] == null ? null : ((DossierStatus) step[4]).name();
					String to = step[5] == null ? null : ((DossierStatus) step[5]).name();
					t.timeline.add(id, at(when), step[1], step[2], action, from, to, step[6]);
					audit.add(new AuditRecord(when, (String) step[1], (String) step[2], "DOSSIER", id.toString(), action,
							from, to, (String) step[6]));
				}
			}

			// the engine: history rows of an ended dossier, or a real instance of one still in the procedure

			private String processInstance;

			private boolean running;

			private Instant processStart;

			private void activity(String activityId, String type, String name, String taskId) {
				if (reference == null) {
					return;
				}
				if (processInstance == null) {
					processInstance = uuid().toString();
					processStart = time;
				}
				activities.add(new String[] { activityId, type, name, taskId, time.toString(), "1" });
			}

			private void task(String activityId, String name) {
				if (reference == null) {
					return;
				}
				String taskId = uuid().toString();
				String[] started = activities.isEmpty() ? null : activities.get(activities.size() - 1);
				activity(activityId, "userTask", name, taskId);
				// a user task starts when the previous step ends and ends now
				if (started != null) {
					activities.get(activities.size() - 1)[4] = started[4] + "|" + time;
				}
			}

			private void cancelOpenActivity() {
				// the open task of a withdrawn dossier is cancelled by the withdrawal's event sub-process
			}

			private void start(String activityId, Map<String, Object> variables) {
				if (activityId == null) {
					return;
				}
				running = true;
				Map<String, Object> all = new HashMap<>(variables);
				all.put("dossierId", id.toString());
				all.put("organisationId", organisation.toString());
				all.put("reference", reference);
				starts.add(new Start(reference, activityId, all));
			}

			private void history(Tables t) {
				if (processInstance == null || running || status == DossierStatus.GRANTED) {
					return;
				}
				Instant end = time;
				String startAct = activities.get(0)[0];
				String endAct = activities.get(activities.size() - 1)[0];
				LocalDateTime removal = local(end).plusDays(1825);
				t.processes.add(processInstance, processInstance, reference, PROCESS_KEY, definitionId, local(processStart),
						local(end), removal, ChronoUnit.MILLIS.between(processStart, end), startAct, endAct,
						processInstance, "COMPLETED");
				Instant previous = processStart;
				long sequence = 1;
				for (String[] activity : activities) {
					String[] times = activity[4].split("\\|");
					Instant startedAt = times.length == 2 ? Instant.parse(times[0]) : previous;
					Instant endedAt = Instant.parse(times[times.length - 1]);
					if (startedAt.isAfter(endedAt)) {
						startedAt = endedAt;
					}
					// the engine names an activity instance "<activity id>:<id>"; the column holds 64 characters
					String activityInstance = activity[0] + ":" + uuid();
					if (activityInstance.length() > 64) {
						activityInstance = uuid().toString();
					}
					t.activities.add(activityInstance, processInstance, PROCESS_KEY, definitionId, processInstance,
							processInstance, processInstance, activity[0], activity[3], activity[2], activity[1],
							local(startedAt), local(endedAt), ChronoUnit.MILLIS.between(startedAt, endedAt), 1,
							sequence++, removal);
					if (activity[3] != null) {
						t.tasks.add(activity[3], activity[0], PROCESS_KEY, definitionId, processInstance, processInstance,
								processInstance, activityInstance, activity[2], local(startedAt), local(endedAt),
								ChronoUnit.MILLIS.between(startedAt, endedAt), "completed", 50, removal, "Completed");
					}
					previous = endedAt;
				}
			}

		}

		/** A real process instance to start at the step of a dossier's status. */
		private record Start(String reference, String activityId, Map<String, Object> variables) {

			void run(RuntimeService runtime) {
				ProcessInstantiationBuilder builder = runtime.createProcessInstanceByKey(PROCESS_KEY)
					.businessKey(reference)
					.startBeforeActivity(activityId);
				if ("Task_AwaitGrantSettlement".equals(activityId)) {
					// the grant letter went out already: its branch waits at the join, as the engine would have left it
					builder.startBeforeActivity("Gateway_GrantJoin");
				}
				builder.setVariables(variables).execute();
			}

		}

	}

	static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
	}

	/** The engine stores its times as the JVM's local date-times. */
	static LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), ZoneId.systemDefault());
	}

	/** An envelope's running totals, continued entry after entry. */
	static final class Ledger {

		final UUID id;

		final AidScheme scheme;

		final int year;

		int number;

		Instant openedAt;

		BigDecimal allocated = BigDecimal.ZERO.setScale(2);

		BigDecimal engaged = BigDecimal.ZERO.setScale(2);

		BigDecimal released = BigDecimal.ZERO.setScale(2);

		BigDecimal paid = BigDecimal.ZERO.setScale(2);

		BigDecimal recovered = BigDecimal.ZERO.setScale(2);

		Ledger(UUID id, AidScheme scheme, int year) {
			this.id = id;
			this.scheme = scheme;
			this.year = year;
		}

		BigDecimal room() {
			return allocated.subtract(engaged.subtract(released));
		}

	}

	/** A dossier's own running totals. */
	static final class DossierLedger {

		int number;

		BigDecimal engaged = BigDecimal.ZERO.setScale(2);

		BigDecimal released = BigDecimal.ZERO.setScale(2);

		BigDecimal paid = BigDecimal.ZERO.setScale(2);

		BigDecimal recovered = BigDecimal.ZERO.setScale(2);

	}

	/** The rows of one chunk, table by table, written in an order the foreign keys accept. */
	private static final class Tables {

		static final String DOSSIER_COLUMNS = "id, reference, scheme, status, organisation_id, project_title, "
				+ "commune_insee_code, requested_amount, operation_type, eligible_expenses, works_start_date, "
				+ "monthly_rent, surface_m2, lease_start_date, lease_duration_months, created_at, submitted_at, "
				+ "submission_date, missing_documents_message, missing_documents_requested_at, eligibility_verdict, "
				+ "eligibility_assessed_at, eligibility_officer_decision, eligibility_justification, "
				+ "eligibility_decided_by, eligibility_decided_at, suggested_amount, proposed_amount, review_opinion, "
				+ "reviewed_by, reviewed_at, decision_outcome, decision_date, decision_reasons, granted_amount, closed_at, "
				+ "version, market_activity, operating_revenue, operating_expenses, own_funds, lease_type, "
				+ "lease_signed_on, rule_set_version, headcount, jobs_created, jobs_kept";

		final BulkRows organisations = new BulkRows("organisation", "id, siret, name, legal_form_code, "
				+ "commune_insee_code, address, employees, contact_email, created_at, esus_approved");

		final BulkRows dossiers = new BulkRows("dossier", DOSSIER_COLUMNS);

		final BulkRows documents = new BulkRows("supporting_document",
				"id, dossier_id, document_type, file_name, content_type, size_bytes, sha256, uploaded_at, uploaded_by");

		final BulkRows timeline = new BulkRows("dossier_timeline",
				"dossier_id, occurred_at, actor, actor_role, action, from_status, to_status, details");

		final BulkRows messages = new BulkRows("dossier_message", "id, dossier_id, sent_at, author, author_role, body");

		final BulkRows letters = new BulkRows("letter",
				"id, dossier_id, kind, file_name, sha256, size_bytes, created_at, issue_key");

		final BulkRows payments = new BulkRows("payment_request", "id, dossier_id, request_number, kind, "
				+ "claimed_amount, status, approved_amount, requested_at, requested_by, lease_year, liquidated_amount, "
				+ "liquidated_at, liquidated_by, order_reference, ordered_at, ordered_by, paid_on, payment_reference, "
				+ "payment_recorded_at, payment_recorded_by, idempotency_key, version");

		final BulkRows processes = new BulkRows("ACT_HI_PROCINST", "ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, "
				+ "PROC_DEF_ID_, START_TIME_, END_TIME_, REMOVAL_TIME_, DURATION_, START_ACT_ID_, END_ACT_ID_, "
				+ "ROOT_PROC_INST_ID_, STATE_");

		final BulkRows activities = new BulkRows("ACT_HI_ACTINST", "ID_, PARENT_ACT_INST_ID_, PROC_DEF_KEY_, "
				+ "PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_, EXECUTION_ID_, ACT_ID_, TASK_ID_, ACT_NAME_, ACT_TYPE_, "
				+ "START_TIME_, END_TIME_, DURATION_, ACT_INST_STATE_, SEQUENCE_COUNTER_, REMOVAL_TIME_");

		final BulkRows tasks = new BulkRows("ACT_HI_TASKINST", "ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, "
				+ "ROOT_PROC_INST_ID_, PROC_INST_ID_, EXECUTION_ID_, ACT_INST_ID_, NAME_, START_TIME_, END_TIME_, "
				+ "DURATION_, DELETE_REASON_, PRIORITY_, REMOVAL_TIME_, TASK_STATE_");

		/** Ledger entries per envelope, in the order they were made; numbered when written. */
		final Map<UUID, List<Object[]>> entries = new LinkedHashMap<>();

		final Map<UUID, Ledger> ledgersOfEntries = new HashMap<>();

		private static final String[] DOSSIER_COLUMN_NAMES = DOSSIER_COLUMNS.split(",\\s*");

		void dossier(UUID id, AidScheme scheme, UUID organisation, Instant created, Map<String, Object> values) {
			Object[] row = new Object[DOSSIER_COLUMN_NAMES.length];
			for (int i = 0; i < row.length; i++) {
				row[i] = values.get(DOSSIER_COLUMN_NAMES[i]);
			}
			row[0] = id;
			row[2] = scheme.name();
			row[4] = organisation;
			row[15] = at(created);
			row[36] = 0L;
			dossiers.add(row);
		}

		void entry(Ledger ledger, DossierLedger dossier, String kind, String reason, BigDecimal amount, UUID dossierId,
				String key, Instant when, String by, String note) {
			ledgersOfEntries.put(ledger.id, ledger);
			entries.computeIfAbsent(ledger.id, id -> new ArrayList<>())
				.add(new Object[] { dossier, kind, reason, amount, dossierId, key, when, by, note });
		}

		void flush(Connection connection, Map<String, Ledger> ledgers, Run run) throws SQLException {
			organisations.flush(connection);
			dossiers.flush(connection);
			documents.flush(connection);
			timeline.flush(connection);
			messages.flush(connection);
			letters.flush(connection);
			payments.flush(connection);
			BulkRows ledgerRows = new BulkRows("ledger_entry", "id, envelope_id, entry_number, previous_number, kind, "
					+ "reason, amount, dossier_id, idempotency_key, operation_date, recorded_at, recorded_by, "
					+ "deliberation_reference, note, allocated_total, engaged_total, released_total, paid_total, "
					+ "recovered_total, previous_allocated_total, previous_engaged_total, previous_released_total, "
					+ "previous_paid_total, previous_recovered_total, dossier_entry_number, dossier_previous_number, "
					+ "dossier_engaged_total, dossier_released_total, dossier_paid_total, dossier_recovered_total, "
					+ "dossier_previous_engaged_total, dossier_previous_released_total, dossier_previous_paid_total, "
					+ "dossier_previous_recovered_total");
			BulkRows schedules = new BulkRows("engagement_schedule", "engagement_id, payment_year, amount");
			for (Ledger ledger : ledgers.values()) {
				List<Object[]> made = entries.getOrDefault(ledger.id, List.of());
				BigDecimal engagements = made
					.stream()
					.filter(e -> "ENGAGEMENT".equals(e[1]))
					.map(e -> (BigDecimal) e[3])
					.reduce(BigDecimal.ZERO, BigDecimal::add);
				BigDecimal wanted = engagements
					.add(ledger.year == run.currentYear ? CURRENT_YEAR_ROOM : PAST_YEAR_ROOM);
				if (ledger.room().compareTo(wanted) < 0) {
					// the envelope is voted (or amended) large enough for what was granted from it
					BigDecimal amount = wanted.subtract(ledger.room())
						.divide(BigDecimal.valueOf(100_000), 0, RoundingMode.UP)
						.multiply(BigDecimal.valueOf(100_000))
						.setScale(2);
					Instant when = ledger.number == 0
							? (ledger.openedAt != null ? ledger.openedAt
									: LocalDate.of(ledger.year, 1, 5).atTime(9, 0).atZone(PARIS).toInstant())
							: run.now;
					String kind = ledger.number == 0 ? "ALLOCATION" : "AMENDMENT_INCREASE";
					append(ledgerRows, run, ledger, null, kind, null, amount, null,
							"allocation-" + ledger.id + "-" + (ledger.number + 1), when, "finance",
							ledger.number == 0 ? null : "DEL-" + ledger.year + "-" + (ledger.number + 1),
							ledger.number == 0 ? "Enveloppe votée au budget" : "Décision modificative");
				}
				for (Object[] e : made) {
					UUID entryId = append(ledgerRows, run, ledger, (DossierLedger) e[0], (String) e[1], (String) e[2],
							(BigDecimal) e[3], (UUID) e[4], (String) e[5], (Instant) e[6], (String) e[7], null,
							(String) e[8]);
					if ("ENGAGEMENT".equals(e[1])) {
						schedules.add(entryId, ledger.year, e[3]);
					}
				}
			}
			ledgerRows.flush(connection);
			schedules.flush(connection);
			processes.flush(connection);
			activities.flush(connection);
			tasks.flush(connection);
		}

		private static UUID append(BulkRows rows, Run run, Ledger l, DossierLedger d, String kind, String reason,
				BigDecimal amount, UUID dossierId, String key, Instant when, String by, String deliberation,
				String note) {
			UUID id = run.uuid();
			boolean first = l.number == 0;
			Object[] before = first ? new Object[5]
					: new Object[] { l.allocated, l.engaged, l.released, l.paid, l.recovered };
			switch (kind) {
				case "ALLOCATION", "AMENDMENT_INCREASE" -> l.allocated = l.allocated.add(amount);
				case "ENGAGEMENT" -> l.engaged = l.engaged.add(amount);
				case "RELEASE" -> l.released = l.released.add(amount);
				case "PAYMENT" -> l.paid = l.paid.add(amount);
				default -> throw new IllegalArgumentException(kind);
			}
			l.number++;
			Object[] dossierColumns = new Object[10];
			if (d != null) {
				boolean dossierFirst = d.number == 0;
				Object[] dossierBefore = dossierFirst ? new Object[4]
						: new Object[] { d.engaged, d.released, d.paid, d.recovered };
				switch (kind) {
					case "ENGAGEMENT" -> d.engaged = d.engaged.add(amount);
					case "RELEASE" -> d.released = d.released.add(amount);
					case "PAYMENT" -> d.paid = d.paid.add(amount);
					default -> throw new IllegalArgumentException(kind);
				}
				d.number++;
				dossierColumns = new Object[] { d.number, dossierFirst ? null : d.number - 1, d.engaged, d.released,
						d.paid, d.recovered, dossierBefore[0], dossierBefore[1], dossierBefore[2], dossierBefore[3] };
			}
			Object[] row = new Object[] { id, l.id, l.number, first ? null : l.number - 1, kind, reason, amount,
					dossierId, key, LocalDate.ofInstant(when, PARIS), at(when), by, deliberation, note, l.allocated,
					l.engaged, l.released, l.paid, l.recovered, before[0], before[1], before[2], before[3], before[4] };
			Object[] all = new Object[row.length + dossierColumns.length];
			System.arraycopy(row, 0, all, 0, row.length);
			System.arraycopy(dossierColumns, 0, all, row.length, dossierColumns.length);
			for (int i = 0; i < all.length; i++) {
				if (all[i] == null) {
					// numeric nulls typed as such: untyped nulls of a multi-row insert confuse H2's type inference
					all[i] = new BulkRows.Typed(null, i == 2 || i == 3 || i == 24 || i == 25 ? Types.INTEGER
							: i >= 14 ? Types.NUMERIC : i == 7 ? Types.NULL : Types.VARCHAR);
				}
			}
			rows.add(all);
			return id;
		}

	}

}
