package fr.metropolerouen.guichetess.envelope;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.audit.AuditSubjects;
import fr.metropolerouen.guichetess.audit.AuditTrail;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.scheme.SchemeCatalogue;
import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.Money;
import fr.metropolerouen.guichetess.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way money moves. Each movement locks its envelope, checks the rule it must respect against the figures of
 * the ledger, and appends one entry. Its idempotency key makes a replayed movement (a retried job, a double click)
 * change nothing, and the same key with another amount is refused.
 */
@Service
@Transactional
public class EnvelopeLedger {

	/** Dossier ids per query: well under the parameter limits of H2 and PostgreSQL. */
	private static final int QUERY_CHUNK = 1000;

	private final EnvelopeRepository envelopes;

	private final LedgerEntryRepository entries;

	private final ScheduledPaymentRepository schedules;

	private final ObjectProvider<PaymentPlanning> planning;

	private final SchemeCatalogue schemes;

	private final AuditTrail auditTrail;

	private final Clock clock;

	EnvelopeLedger(EnvelopeRepository envelopes, LedgerEntryRepository entries, ScheduledPaymentRepository schedules,
			ObjectProvider<PaymentPlanning> planning, SchemeCatalogue schemes, AuditTrail auditTrail, Clock clock) {
		this.envelopes = envelopes;
		this.auditTrail = auditTrail;
		this.entries = entries;
		this.schedules = schedules;
		this.planning = planning;
		this.schemes = schemes;
		this.clock = clock;
	}

	/** Opens a scheme's envelope for a year with the money the budget allocates to it. */
	public EnvelopeView open(AidScheme scheme, int year, BigDecimal allocated, String deliberationReference,
			String note, Actor actor) {
		if (envelopes.findBySchemeAndYear(scheme, year).isPresent()) {
			throw new ConflictException("L'enveloppe " + schemes.name(scheme) + " " + year + " existe déjà.");
		}
		Envelope envelope = envelopes.saveAndFlush(new Envelope(scheme, year, clock.instant(), actor.username()));
		record(envelope, new Movement(EntryKind.ALLOCATION, allocated, null, null, "ALLOCATION:" + envelope.id(),
				today(), actor, deliberationReference, note));
		return view(envelope);
	}

	/**
	 * Increases or decreases what an envelope allocates, as a deliberation decided. A decrease below what is engaged
	 * and not released is refused. {@code requestKey}, when given, makes a replayed request change nothing.
	 */
	public RecordedEntry amend(UUID envelopeId, boolean increase, BigDecimal amount, String deliberationReference,
			String reason, String requestKey, Actor actor) {
		Envelope envelope = lock(envelopeId);
		String key = requestKey == null ? "AMENDMENT:" + UUID.randomUUID() : "AMENDMENT:" + envelopeId + ":" + requestKey;
		Movement amendment = new Movement(increase ? EntryKind.AMENDMENT_INCREASE : EntryKind.AMENDMENT_DECREASE,
				amount, null, null, key, today(), actor, deliberationReference, reason);
		Optional<LedgerEntry> replayed = replayed(amendment);
		if (replayed.isPresent()) {
			return new RecordedEntry(replayed.get().view(envelope), true);
		}
		EnvelopeTotals figures = totalsOf(envelope);
		if (!increase && amount.compareTo(figures.available()) > 0) {
			throw new ConflictException("L'enveloppe " + label(envelope) + " ne peut pas être diminuée de "
					+ FrenchFormat.euros(amount) + " : seuls " + FrenchFormat.euros(figures.available())
					+ " ne sont pas engagés.");
		}
		return new RecordedEntry(record(envelope, amendment).view(envelope), false);
	}

	/**
	 * Reserves a granted amount on the scheme's envelope of the decision's year, with the payments expected per
	 * year. Refused, changing nothing, when the envelope does not exist or cannot cover the amount; replaying the
	 * engagement of a dossier changes nothing.
	 */
	public EnvelopeView engage(AidScheme scheme, LocalDate decisionDate, UUID dossierId, BigDecimal amount,
			Actor actor, String note) {
		int year = decisionDate.getYear();
		Envelope unlocked = envelopes.findBySchemeAndYear(scheme, year)
			.orElseThrow(() -> new ConflictException("Aucune enveloppe " + schemes.name(scheme) + " n'est ouverte pour "
					+ year + " : l'aide ne peut pas être engagée."));
		Envelope envelope = lock(unlocked.id());
		Movement engagement = new Movement(EntryKind.ENGAGEMENT, amount, dossierId, null, engagementKey(dossierId),
				decisionDate, actor, null, note);
		if (replayed(engagement).isEmpty()) {
			BigDecimal available = totalsOf(envelope).available();
			if (amount.compareTo(available) > 0) {
				throw new ConflictException("L'enveloppe " + label(envelope) + " ne dispose plus que de "
						+ FrenchFormat.euros(available) + " : l'aide de " + FrenchFormat.euros(amount)
						+ " ne peut pas être engagée.");
			}
			LedgerEntry entry = record(envelope, engagement);
			plan(dossierId, decisionDate, entry.amount()).forEach(
					(paymentYear, expected) -> schedules.save(new ScheduledPayment(entry.id(), paymentYear, expected)));
		}
		return view(envelope);
	}

	/**
	 * Locks a scheme's envelope of a year until the end of the transaction and tells what it still has available:
	 * a committee checks there, one decision after the other, the grants it records before they are engaged.
	 */
	public BigDecimal lockAndGetAvailable(AidScheme scheme, int year) {
		Envelope unlocked = envelopes.findBySchemeAndYear(scheme, year)
			.orElseThrow(() -> new ConflictException("Aucune enveloppe " + schemes.name(scheme) + " n'est ouverte pour "
					+ year + " : l'aide ne peut pas être accordée."));
		return totalsOf(lock(unlocked.id())).available();
	}

	/**
	 * Records a payment on the envelope that carries the dossier's engagement. Refused when it would pay the dossier
	 * more than what remains of its engagement; replaying a payment request's payment changes nothing.
	 */
	public EnvelopeView pay(UUID dossierId, UUID paymentRequestId, BigDecimal amount, Actor actor, String note) {
		Envelope envelope = lockEnvelopeOf(dossierId);
		Movement payment = new Movement(EntryKind.PAYMENT, amount, dossierId, null, "PAYMENT:" + paymentRequestId,
				today(), actor, null, note);
		if (replayed(payment).isEmpty()) {
			BigDecimal remaining = moneyOf(dossierId).remainingToPay();
			if (amount.compareTo(remaining) > 0) {
				throw new ConflictException("Il ne reste que " + FrenchFormat.euros(remaining)
						+ " à verser sur cette aide : un versement de " + FrenchFormat.euros(amount)
						+ " est impossible.");
			}
			record(envelope, payment);
		}
		return view(envelope);
	}

	/**
	 * Gives part of a dossier's engagement back to its envelope (dégagement), at most what remains to pay. {@code key}
	 * identifies the act that decided it (a lapse, a withdrawal, a request): replaying it changes nothing.
	 */
	public RecordedEntry release(UUID dossierId, BigDecimal amount, ReleaseReason reason, String key, Actor actor,
			String note) {
		Envelope envelope = lockEnvelopeOf(dossierId);
		Movement release = new Movement(EntryKind.RELEASE, amount, dossierId, reason, "RELEASE:" + dossierId + ":" + key,
				today(), actor, null, note);
		Optional<LedgerEntry> replayed = replayed(release);
		if (replayed.isPresent()) {
			return new RecordedEntry(replayed.get().view(envelope), true);
		}
		BigDecimal remaining = moneyOf(dossierId).remainingToPay();
		if (amount.compareTo(remaining) > 0) {
			throw new ConflictException("Il ne reste que " + FrenchFormat.euros(remaining)
					+ " à verser sur cette aide : " + FrenchFormat.euros(amount) + " ne peuvent pas être dégagés.");
		}
		return new RecordedEntry(record(envelope, release).view(envelope), false);
	}

	/** Gives whatever remains of a dossier's engagement back to its envelope, once; returns the amount released. */
	public BigDecimal releaseRemainder(UUID dossierId, ReleaseReason reason, Actor actor, String note) {
		Envelope envelope = lockEnvelopeOf(dossierId);
		BigDecimal remainder = moneyOf(dossierId).remainingToPay();
		if (remainder.signum() == 0 || entries.findByIdempotencyKey(remainderKey(dossierId)).isPresent()) {
			return Money.ZERO;
		}
		record(envelope, new Movement(EntryKind.RELEASE, remainder, dossierId, reason, remainderKey(dossierId), today(),
				actor, null, note));
		return remainder;
	}

	/**
	 * Records that a beneficiary must pay money back (reversement, on a titre de recette): at most what was paid and
	 * not already recovered. {@code key} identifies the recovery order: replaying it changes nothing.
	 */
	public RecordedEntry recover(UUID dossierId, BigDecimal amount, String key, String orderReference, Actor actor,
			String note) {
		Envelope envelope = lockEnvelopeOf(dossierId);
		Movement recovery = new Movement(EntryKind.RECOVERY, amount, dossierId, null,
				"RECOVERY:" + dossierId + ":" + key, today(), actor, orderReference, note);
		Optional<LedgerEntry> replayed = replayed(recovery);
		if (replayed.isPresent()) {
			return new RecordedEntry(replayed.get().view(envelope), true);
		}
		BigDecimal recoverable = moneyOf(dossierId).netPaid();
		if (amount.compareTo(recoverable) > 0) {
			throw new ConflictException("Seuls " + FrenchFormat.euros(recoverable) + " ont été versés et non reversés"
					+ " sur cette aide : un reversement de " + FrenchFormat.euros(amount) + " est impossible.");
		}
		return new RecordedEntry(record(envelope, recovery).view(envelope), false);
	}

	@Transactional(readOnly = true)
	public DossierMoney moneyOf(UUID dossierId) {
		return entries.findFirstByDossierIdOrderByDossierNumberDesc(dossierId)
			.map(LedgerEntry::dossierMoney)
			.orElse(DossierMoney.NONE);
	}

	/** The money of each of these dossiers; a dossier without any ledger entry has {@link DossierMoney#NONE}. */
	@Transactional(readOnly = true)
	public Map<UUID, DossierMoney> moneyOf(Collection<UUID> dossierIds) {
		Map<UUID, DossierMoney> money = new HashMap<>();
		List<UUID> ids = List.copyOf(dossierIds);
		for (int from = 0; from < ids.size(); from += QUERY_CHUNK) {
			entries.lastOfDossiers(ids.subList(from, Math.min(ids.size(), from + QUERY_CHUNK)))
				.forEach(last -> money.put(last.dossierId(), last.dossierMoney()));
		}
		ids.forEach(id -> money.putIfAbsent(id, DossierMoney.NONE));
		return money;
	}

	@Transactional(readOnly = true)
	public EnvelopeView get(UUID id) {
		return view(find(id));
	}

	@Transactional(readOnly = true)
	public List<EnvelopeView> list(Integer year) {
		List<Envelope> found = year == null ? envelopes.findAllByOrderByYearDescSchemeAsc()
				: envelopes.findByYearOrderBySchemeAsc(year);
		return found.stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public Optional<EnvelopeView> find(AidScheme scheme, int year) {
		return envelopes.findBySchemeAndYear(scheme, year).map(this::view);
	}

	@Transactional(readOnly = true)
	public boolean exists(AidScheme scheme, int year) {
		return envelopes.findBySchemeAndYear(scheme, year).isPresent();
	}

	@Transactional(readOnly = true)
	public List<LedgerEntryView> entries(UUID envelopeId) {
		Envelope envelope = find(envelopeId);
		return entries.findByEnvelopeIdOrderByNumber(envelopeId).stream().map(e -> e.view(envelope)).toList();
	}

	private Envelope find(UUID id) {
		return envelopes.findById(id).orElseThrow(() -> new NotFoundException("Enveloppe introuvable."));
	}

	private Optional<LedgerEntry> replayed(Movement movement) {
		Optional<LedgerEntry> recorded = entries.findByIdempotencyKey(movement.idempotencyKey());
		if (recorded.isPresent() && !movement.isRecordedAs(recorded.get())) {
			throw new ConflictException("Ce mouvement a déjà été enregistré avec un autre montant ("
					+ FrenchFormat.euros(recorded.get().amount()) + ") : il ne peut pas être modifié, seulement corrigé"
					+ " par un nouveau mouvement.");
		}
		return recorded;
	}

	private LedgerEntry record(Envelope envelope, Movement movement) {
		LedgerEntry lastOfEnvelope = entries.findFirstByEnvelopeIdOrderByNumberDesc(envelope.id()).orElse(null);
		LedgerEntry lastOfDossier = movement.dossierId() == null ? null
				: entries.findFirstByDossierIdOrderByDossierNumberDesc(movement.dossierId()).orElse(null);
		EnvelopeTotals previous = lastOfEnvelope == null ? EnvelopeTotals.NONE : lastOfEnvelope.totals();
		LedgerEntry entry = entries.saveAndFlush(new LedgerEntry(envelope.id(), movement, lastOfEnvelope,
				lastOfDossier, clock.instant()));
		auditTrail.record(clock.instant(), movement.actor(), AuditSubjects.ENVELOPE, envelope.id(),
				movement.kind().name(), previous.auditText(), entry.totals().auditText(),
				movement.kind().name() + " " + movement.amount().toPlainString() + " (" + movement.idempotencyKey()
						+ (movement.deliberationReference() == null ? "" : ", " + movement.deliberationReference())
						+ ")");
		return entry;
	}

	private SortedMap<Integer, BigDecimal> plan(UUID dossierId, LocalDate decisionDate, BigDecimal amount) {
		PaymentPlanning planner = planning.getIfAvailable();
		SortedMap<Integer, BigDecimal> plan = planner == null ? new TreeMap<>(Map.of(decisionDate.getYear(), amount))
				: planner.expectedPayments(dossierId, decisionDate, amount);
		BigDecimal planned = plan.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		if (planned.compareTo(amount) != 0 || plan.isEmpty() || plan.firstKey() < decisionDate.getYear()
				|| plan.values().stream().anyMatch(expected -> expected.signum() <= 0)) {
			throw new IllegalStateException("The payment plan " + plan + " does not spread " + amount + " from "
					+ decisionDate.getYear());
		}
		return plan;
	}

	private Envelope lockEnvelopeOf(UUID dossierId) {
		LedgerEntry engagement = entries.findByIdempotencyKey(engagementKey(dossierId))
			.orElseThrow(() -> new ConflictException("Aucune aide n'est engagée pour ce dossier."));
		return lock(engagement.envelopeId());
	}

	private Envelope lock(UUID envelopeId) {
		return envelopes.findForUpdate(envelopeId).orElseThrow(() -> new NotFoundException("Enveloppe introuvable."));
	}

	private EnvelopeTotals totalsOf(Envelope envelope) {
		return entries.findFirstByEnvelopeIdOrderByNumberDesc(envelope.id())
			.map(LedgerEntry::totals)
			.orElse(EnvelopeTotals.NONE);
	}

	private EnvelopeView view(Envelope envelope) {
		EnvelopeTotals totals = totalsOf(envelope);
		return new EnvelopeView(envelope.id(), envelope.scheme(), envelope.year(), Money.euros(totals.allocated()),
				Money.euros(totals.engaged()), Money.euros(totals.released()), Money.euros(totals.paid()),
				Money.euros(totals.available()), Money.euros(totals.remainingToPay()), Money.euros(totals.recovered()));
	}

	private String label(Envelope envelope) {
		return schemes.name(envelope.scheme()) + " " + envelope.year();
	}

	private LocalDate today() {
		return FrenchFormat.today(clock);
	}

	static String engagementKey(UUID dossierId) {
		return "ENGAGEMENT:" + dossierId;
	}

	private static String remainderKey(UUID dossierId) {
		return "RELEASE:" + dossierId;
	}

}
