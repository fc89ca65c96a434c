package fr.metropolerouen.guichetess.envelope;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.shared.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes every envelope's figures from the sum of its entries and compares them with the figures shown (the
 * running totals of its last entry), and checks that its entries are numbered without gaps. The database already
 * makes a difference impossible; this is the proof a finance officer or an auditor can ask for at any time.
 */
@Service
@Transactional(readOnly = true)
public class LedgerAudit {

	private final EnvelopeRepository envelopes;

	private final LedgerEntryRepository entries;

	private final EnvelopeLedger ledger;

	LedgerAudit(EnvelopeRepository envelopes, LedgerEntryRepository entries, EnvelopeLedger ledger) {
		this.envelopes = envelopes;
		this.entries = entries;
		this.ledger = ledger;
	}

	public List<EnvelopeCheck> verify() {
		Map<UUID, Map<EntryKind, BigDecimal>> sums = new HashMap<>();
		Map<UUID, long[]> counts = new HashMap<>();
		for (LedgerEntryRepository.KindSum sum : entries.sumsByEnvelopeAndKind()) {
			sums.computeIfAbsent(sum.envelopeId(), id -> new EnumMap<>(EntryKind.class)).put(sum.kind(), sum.amount());
			long[] count = counts.computeIfAbsent(sum.envelopeId(), id -> new long[2]);
			count[0] += sum.entries();
			count[1] = Math.max(count[1], sum.lastNumber());
		}
		return envelopes.findAllByOrderByYearDescSchemeAsc().stream().map(envelope -> {
			Map<EntryKind, BigDecimal> summed = sums.getOrDefault(envelope.id(), Map.of());
			long[] count = counts.getOrDefault(envelope.id(), new long[2]);
			EnvelopeView shown = ledger.get(envelope.id());
			BigDecimal allocated = sum(summed, EntryKind.ALLOCATION).add(sum(summed, EntryKind.AMENDMENT_INCREASE))
				.subtract(sum(summed, EntryKind.AMENDMENT_DECREASE));
			Figures recomputed = new Figures(allocated, sum(summed, EntryKind.ENGAGEMENT),
					sum(summed, EntryKind.RELEASE), sum(summed, EntryKind.PAYMENT), sum(summed, EntryKind.RECOVERY));
			Figures displayed = new Figures(shown.allocated(), shown.engaged(), shown.released(), shown.paid(),
					shown.recovered());
			return new EnvelopeCheck(envelope.id(), envelope.scheme(), envelope.year(), count[0], count[1],
					displayed, recomputed, displayed.equals(recomputed) && count[0] == count[1]);
		}).toList();
	}

	private static BigDecimal sum(Map<EntryKind, BigDecimal> sums, EntryKind kind) {
		return Money.euros(sums.getOrDefault(kind, Money.ZERO));
	}

	/**
	 * One envelope's check.
	 *
	 * @param entries how many entries the envelope has
	 * @param lastNumber the number of its last entry: equal to {@code entries} when none is missing
	 * @param shown the figures shown (running totals of the last entry)
	 * @param summed the same figures summed from every entry
	 */
	public record EnvelopeCheck(UUID envelopeId, AidScheme scheme, int year, long entries, long lastNumber,
			Figures shown, Figures summed, boolean balanced) {
	}

	public record Figures(BigDecimal allocated, BigDecimal engaged, BigDecimal released, BigDecimal paid,
			BigDecimal recovered) {
	}

}
