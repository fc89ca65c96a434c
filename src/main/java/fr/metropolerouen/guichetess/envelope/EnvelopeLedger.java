package fr.metropolerouen.guichetess.envelope;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.scheme.SchemeCatalogue;
import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.Money;
import fr.metropolerouen.guichetess.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way money moves. Each movement locks its envelope, checks the figures derived from the ledger, and
 * appends one entry whose idempotency key makes a replayed movement change nothing.
 */
@Service
@Transactional
public class EnvelopeLedger {

	private final EnvelopeRepository envelopes;

	private final EnvelopeEntryRepository entries;

	private final SchemeCatalogue schemes;

	private final Clock clock;

	EnvelopeLedger(EnvelopeRepository envelopes, EnvelopeEntryRepository entries, SchemeCatalogue schemes,
			Clock clock) {
		this.envelopes = envelopes;
		this.entries = entries;
		this.schemes = schemes;
		this.clock = clock;
	}

	public EnvelopeView open(AidScheme scheme, int year, BigDecimal allocated, String note, Actor actor) {
		if (envelopes.findBySchemeAndYear(scheme, year).isPresent()) {
			throw new ConflictException(
					"L'enveloppe " + schemes.name(scheme) + " " + year + " existe déjà.");
		}
		Envelope envelope = envelopes.saveAndFlush(new Envelope(scheme, year, clock.instant(), actor.username()));
		append(envelope, EntryKind.ALLOCATION, Money.euros(allocated), null, "ALLOCATION:" + envelope.id(), actor,
				note);
		return view(envelope);
	}

	/**
	 * Reserves the granted amount on the scheme's envelope of the decision year. Refused, changing nothing, when the
	 * envelope does not exist or cannot cover the amount; replaying the engagement of a dossier changes nothing.
	 */
	public EnvelopeView engage(AidScheme scheme, int year, UUID dossierId, BigDecimal amount, Actor actor,
			String note) {
		Envelope unlocked = envelopes.findBySchemeAndYear(scheme, year)
			.orElseThrow(() -> new ConflictException("Aucune enveloppe " + schemes.name(scheme) + " n'est ouverte pour "
					+ year + " : l'aide ne peut pas être engagée."));
		Envelope envelope = lock(unlocked.id());
		String key = "ENGAGEMENT:" + dossierId;
		if (!entries.existsByIdempotencyKey(key)) {
			BigDecimal available = view(envelope).available();
			if (amount.compareTo(available) > 0) {
				throw new ConflictException("L'enveloppe " + schemes.name(scheme) + " " + year
						+ " ne dispose plus que de " + FrenchFormat.euros(available) + " : l'aide de "
						+ FrenchFormat.euros(amount) + " ne peut pas être engagée.");
			}
			append(envelope, EntryKind.ENGAGEMENT, Money.euros(amount), dossierId, key, actor, note);
		}
		return view(envelope);
	}

	/**
	 * Records a payment on the envelope that carries the dossier's engagement. Refused when it would pay the dossier
	 * more than what remains of its engagement; replaying a payment request's payment changes nothing.
	 */
	public EnvelopeView pay(UUID dossierId, UUID paymentRequestId, BigDecimal amount, Actor actor, String note) {
		Envelope envelope = lock(engagementOf(dossierId).envelopeId());
		String key = "PAYMENT:" + paymentRequestId;
		if (!entries.existsByIdempotencyKey(key)) {
			BigDecimal remaining = moneyOf(dossierId).remainingToPay();
			if (amount.compareTo(remaining) > 0) {
				throw new ConflictException("Il ne reste que " + FrenchFormat.euros(remaining)
						+ " à verser sur cette aide : un versement de " + FrenchFormat.euros(amount)
						+ " est impossible.");
			}
			append(envelope, EntryKind.PAYMENT, Money.euros(amount), dossierId, key, actor, note);
		}
		return view(envelope);
	}

	/** Gives what remains of a dossier's engagement back to its envelope (dégagement), once. */
	public BigDecimal releaseRemainder(UUID dossierId, String reason, Actor actor) {
		Envelope envelope = lock(engagementOf(dossierId).envelopeId());
		String key = "RELEASE:" + dossierId;
		BigDecimal remainder = moneyOf(dossierId).remainingToPay();
		if (remainder.signum() > 0 && !entries.existsByIdempotencyKey(key)) {
			append(envelope, EntryKind.RELEASE, remainder, dossierId, key, actor, reason);
			return remainder;
		}
		return Money.ZERO;
	}

	@Transactional(readOnly = true)
	public DossierMoney moneyOf(UUID dossierId) {
		BigDecimal engaged = entries.totalForDossier(dossierId, EntryKind.ENGAGEMENT);
		BigDecimal released = entries.totalForDossier(dossierId, EntryKind.RELEASE);
		BigDecimal paid = entries.totalForDossier(dossierId, EntryKind.PAYMENT);
		return new DossierMoney(Money.euros(engaged), Money.euros(released), Money.euros(paid),
				Money.euros(engaged.subtract(released).subtract(paid)));
	}

	@Transactional(readOnly = true)
	public EnvelopeView get(UUID id) {
		return view(envelopes.findById(id).orElseThrow(() -> new NotFoundException("Enveloppe introuvable.")));
	}

	@Transactional(readOnly = true)
	public List<EnvelopeView> list(Integer year) {
		List<Envelope> found = year == null ? envelopes.findAllByOrderByYearDescSchemeAsc()
				: envelopes.findByYearOrderBySchemeAsc(year);
		return found.stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public boolean exists(AidScheme scheme, int year) {
		return envelopes.findBySchemeAndYear(scheme, year).isPresent();
	}

	@Transactional(readOnly = true)
	public List<LedgerEntryView> entries(UUID envelopeId) {
		get(envelopeId);
		return entries.findByEnvelopeIdOrderByOccurredAtAscIdAsc(envelopeId)
			.stream()
			.map(EnvelopeEntry::view)
			.toList();
	}

	private EnvelopeEntry engagementOf(UUID dossierId) {
		return entries.findByIdempotencyKey("ENGAGEMENT:" + dossierId)
			.orElseThrow(() -> new ConflictException("Aucune aide n'est engagée pour ce dossier."));
	}

	private Envelope lock(UUID envelopeId) {
		return envelopes.findForUpdate(envelopeId).orElseThrow();
	}

	private void append(Envelope envelope, EntryKind kind, BigDecimal amount, UUID dossierId, String key,
			Actor actor, String note) {
		entries.saveAndFlush(new EnvelopeEntry(envelope.id(), kind, amount, dossierId, key, clock.instant(),
				actor.username(), note));
	}

	private EnvelopeView view(Envelope envelope) {
		BigDecimal allocated = entries.total(envelope.id(), EntryKind.ALLOCATION);
		BigDecimal engaged = entries.total(envelope.id(), EntryKind.ENGAGEMENT);
		BigDecimal released = entries.total(envelope.id(), EntryKind.RELEASE);
		BigDecimal paid = entries.total(envelope.id(), EntryKind.PAYMENT);
		return new EnvelopeView(envelope.id(), envelope.scheme(), envelope.year(), Money.euros(allocated),
				Money.euros(engaged), Money.euros(released), Money.euros(paid),
				Money.euros(allocated.subtract(engaged).add(released)),
				Money.euros(engaged.subtract(released).subtract(paid)));
	}

	/** What a dossier's grant has reserved, given back and been paid. */
	public record DossierMoney(BigDecimal engaged, BigDecimal released, BigDecimal paid, BigDecimal remainingToPay) {
	}

}
