package fr.metropolerouen.guichetess.envelope;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.Money;
import fr.metropolerouen.guichetess.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schedule of payments (crédits de paiement) of envelopes. What remains to pay on a grant is expected over the
 * years its plan has left: amounts planned for past years and not paid are expected this year; payments made ahead
 * of the plan, and releases, lower the last years first.
 */
@Service
@Transactional(readOnly = true)
public class PaymentSchedules {

	private final EnvelopeRepository envelopes;

	private final LedgerEntryRepository entries;

	private final ScheduledPaymentRepository schedules;

	private final EnvelopeLedger ledger;

	private final Clock clock;

	PaymentSchedules(EnvelopeRepository envelopes, LedgerEntryRepository entries, ScheduledPaymentRepository schedules,
			EnvelopeLedger ledger, Clock clock) {
		this.envelopes = envelopes;
		this.entries = entries;
		this.schedules = schedules;
		this.ledger = ledger;
		this.clock = clock;
	}

	public PaymentScheduleView of(UUID envelopeId) {
		Envelope envelope = envelopes.findById(envelopeId)
			.orElseThrow(() -> new NotFoundException("Enveloppe introuvable."));
		LocalDate today = FrenchFormat.today(clock);
		List<PaymentScheduleView.Grant> grants = grantsOf(envelope, today.getYear());
		EnvelopeView figures = ledger.get(envelopeId);
		return new PaymentScheduleView(envelope.id(), envelope.scheme(), envelope.year(), today, figures.engaged(),
				figures.released(), figures.paid(), figures.remainingToPay(), years(grants), grants,
				earlierRemainingToPay(envelope.scheme(), envelope.year()));
	}

	/** The payments planned per year at a dossier's engagement; empty when nothing is engaged for it. */
	public SortedMap<Integer, BigDecimal> planOf(UUID dossierId) {
		SortedMap<Integer, BigDecimal> plan = new TreeMap<>();
		entries.findByIdempotencyKey(EnvelopeLedger.engagementKey(dossierId))
			.ifPresent(engagement -> schedules.findByKeyEngagementIdIn(List.of(engagement.id()))
				.forEach(part -> plan.put(part.year(), part.amount())));
		return plan;
	}

	/** What all of a scheme's envelopes expect to pay during a budget year, as seen today. */
	public BigDecimal expectedDuring(AidScheme scheme, int year) {
		int thisYear = FrenchFormat.today(clock).getYear();
		BigDecimal expected = Money.ZERO;
		for (Envelope envelope : envelopes.findBySchemeOrderByYear(scheme)) {
			for (PaymentScheduleView.Grant grant : grantsOf(envelope, thisYear)) {
				expected = expected.add(grant.expected().getOrDefault(year, Money.ZERO));
			}
		}
		return expected;
	}

	/** What the scheme's envelopes of years before {@code year} still have to pay. */
	public BigDecimal earlierRemainingToPay(AidScheme scheme, int year) {
		return envelopes.findBySchemeOrderByYear(scheme)
			.stream()
			.filter(earlier -> earlier.year() < year)
			.map(earlier -> ledger.get(earlier.id()).remainingToPay())
			.reduce(Money.ZERO, BigDecimal::add);
	}

	private List<PaymentScheduleView.Grant> grantsOf(Envelope envelope, int thisYear) {
		Map<UUID, UUID> dossierOfEngagement = new HashMap<>();
		entries.findByEnvelopeIdAndKind(envelope.id(), EntryKind.ENGAGEMENT)
			.forEach(engagement -> dossierOfEngagement.put(engagement.id(), engagement.dossierId()));
		Map<UUID, SortedMap<Integer, BigDecimal>> plans = new HashMap<>();
		schedules.findByKeyEngagementIdIn(dossierOfEngagement.keySet())
			.forEach(part -> plans.computeIfAbsent(dossierOfEngagement.get(part.engagementId()), d -> new TreeMap<>())
				.put(part.year(), part.amount()));
		Map<UUID, Movements> movements = new HashMap<>();
		entries.yearlySumsByDossier(envelope.id())
			.forEach(sum -> movements.computeIfAbsent(sum.dossierId(), d -> new Movements()).add(sum));
		List<PaymentScheduleView.Grant> grants = new ArrayList<>();
		plans.forEach((dossierId, plan) -> grants.add(movements.getOrDefault(dossierId, new Movements())
			.grant(dossierId, plan, thisYear)));
		grants.sort((a, b) -> a.dossierId().compareTo(b.dossierId()));
		return grants;
	}

	private static List<PaymentScheduleView.Year> years(List<PaymentScheduleView.Grant> grants) {
		TreeSet<Integer> years = new TreeSet<>();
		grants.forEach(grant -> {
			years.addAll(grant.planned().keySet());
			years.addAll(grant.paidByYear().keySet());
			years.addAll(grant.expected().keySet());
		});
		return years.stream()
			.map(year -> new PaymentScheduleView.Year(year, sum(grants, year, PaymentScheduleView.Grant::planned),
					sum(grants, year, PaymentScheduleView.Grant::paidByYear),
					sum(grants, year, PaymentScheduleView.Grant::expected)))
			.toList();
	}

	private static BigDecimal sum(List<PaymentScheduleView.Grant> grants, int year,
			java.util.function.Function<PaymentScheduleView.Grant, SortedMap<Integer, BigDecimal>> perYear) {
		return grants.stream()
			.map(grant -> perYear.apply(grant).getOrDefault(year, Money.ZERO))
			.reduce(Money.ZERO, BigDecimal::add);
	}

	/**
	 * Spreads what remains to pay over the plan's years from {@code thisYear} on: arrears of past years come first,
	 * in this year; an amount smaller than the plan's rest is cut from the last years.
	 */
	static SortedMap<Integer, BigDecimal> expected(BigDecimal remaining, SortedMap<Integer, BigDecimal> plan,
			int thisYear) {
		TreeMap<Integer, BigDecimal> expected = new TreeMap<>(plan.tailMap(thisYear));
		BigDecimal stillPlanned = expected.values().stream().reduce(Money.ZERO, BigDecimal::add);
		BigDecimal arrears = remaining.subtract(stillPlanned);
		if (arrears.signum() > 0) {
			expected.merge(thisYear, arrears, BigDecimal::add);
		}
		BigDecimal excess = arrears.negate();
		for (Integer year : new ArrayList<>(expected.descendingKeySet())) {
			if (excess.signum() <= 0) {
				break;
			}
			BigDecimal cut = excess.min(expected.get(year));
			excess = excess.subtract(cut);
			BigDecimal left = expected.get(year).subtract(cut);
			if (left.signum() == 0) {
				expected.remove(year);
			}
			else {
				expected.put(year, left);
			}
		}
		return expected;
	}

	/** A dossier's movements on the envelope, summed per kind, and its payments per year. */
	private static final class Movements {

		private final Map<EntryKind, BigDecimal> totals = new HashMap<>();

		private final SortedMap<Integer, BigDecimal> paidByYear = new TreeMap<>();

		void add(LedgerEntryRepository.YearlySum sum) {
			totals.merge(sum.kind(), sum.amount(), BigDecimal::add);
			if (sum.kind() == EntryKind.PAYMENT) {
				paidByYear.merge(sum.year(), sum.amount(), BigDecimal::add);
			}
		}

		PaymentScheduleView.Grant grant(UUID dossierId, SortedMap<Integer, BigDecimal> plan, int thisYear) {
			BigDecimal engaged = total(EntryKind.ENGAGEMENT);
			BigDecimal released = total(EntryKind.RELEASE);
			BigDecimal paid = total(EntryKind.PAYMENT);
			BigDecimal remaining = engaged.subtract(released).subtract(paid);
			return new PaymentScheduleView.Grant(dossierId, engaged, released, paid, remaining, plan, paidByYear,
					expected(remaining, plan, thisYear));
		}

		private BigDecimal total(EntryKind kind) {
			return Money.euros(totals.getOrDefault(kind, Money.ZERO));
		}

	}

}
