package fr.metropolerouen.guichetess.finance;

import java.math.BigDecimal;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.dossier.DossierJournal;
import fr.metropolerouen.guichetess.dossier.DossierLifecycle;
import fr.metropolerouen.guichetess.dossier.DossierSnapshot;
import fr.metropolerouen.guichetess.dossier.TimelineAction;
import fr.metropolerouen.guichetess.envelope.EnvelopeLedger;
import fr.metropolerouen.guichetess.envelope.RecordedEntry;
import fr.metropolerouen.guichetess.envelope.ReleaseReason;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finance's own movements on a dossier's money: a release (dégagement) or a recovery order (reversement). Each is
 * written in the ledger and in the dossier's timeline in one transaction; a request replayed with the same key
 * changes nothing.
 */
@Service
@Transactional
class LedgerCorrections {

	private final EnvelopeLedger ledger;

	private final DossierLifecycle lifecycle;

	private final DossierJournal journal;

	LedgerCorrections(EnvelopeLedger ledger, DossierLifecycle lifecycle, DossierJournal journal) {
		this.ledger = ledger;
		this.lifecycle = lifecycle;
		this.journal = journal;
	}

	RecordedEntry release(UUID dossierId, BigDecimal amount, ReleaseReason reason, String note, String requestKey,
			Actor finance) {
		DossierSnapshot dossier = lifecycle.lock(dossierId, Actor.SYSTEM);
		RecordedEntry recorded = ledger.release(dossierId, amount, reason, keyOf(requestKey), finance,
				dossier.reference() + " : " + reason.frenchLabel() + (note == null ? "" : " – " + note));
		if (!recorded.replayed()) {
			journal.record(dossierId, finance, TimelineAction.ENGAGEMENT_RELEASED, FrenchFormat.euros(amount)
					+ " rendus à l'enveloppe (" + reason.frenchLabel().toLowerCase(FrenchFormat.FRENCH) + ").");
		}
		return recorded;
	}

	RecordedEntry recover(UUID dossierId, BigDecimal amount, String orderReference, String note, String requestKey,
			Actor finance) {
		DossierSnapshot dossier = lifecycle.lock(dossierId, Actor.SYSTEM);
		RecordedEntry recorded = ledger.recover(dossierId, amount, keyOf(requestKey), orderReference, finance,
				dossier.reference() + " : titre de recette " + orderReference + (note == null ? "" : " – " + note));
		if (!recorded.replayed()) {
			journal.record(dossierId, finance, TimelineAction.RECOVERY_ORDERED, "Reversement de "
					+ FrenchFormat.euros(amount) + " demandé (titre de recette " + orderReference + ").");
		}
		return recorded;
	}

	private static String keyOf(String requestKey) {
		return requestKey == null ? UUID.randomUUID().toString() : requestKey;
	}

}
