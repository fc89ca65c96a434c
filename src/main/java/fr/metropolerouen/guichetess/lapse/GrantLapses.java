package fr.metropolerouen.guichetess.lapse;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.dossier.DossierJournal;
import fr.metropolerouen.guichetess.dossier.DossierLifecycle;
import fr.metropolerouen.guichetess.dossier.DossierSnapshot;
import fr.metropolerouen.guichetess.dossier.Dossiers;
import fr.metropolerouen.guichetess.dossier.TimelineAction;
import fr.metropolerouen.guichetess.envelope.DossierMoney;
import fr.metropolerouen.guichetess.envelope.EnvelopeLedger;
import fr.metropolerouen.guichetess.envelope.ReleaseReason;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A deadline passed unmet: the grant lapses (caducité). In one transaction the dossier ends, what was not paid goes
 * back to the envelope (money already paid stays with the beneficiary), the other deadlines are cancelled and the
 * decision letter is issued. A retried job finds the deadline no longer open and does nothing.
 */
@Service
@Transactional
public class GrantLapses {

	private final GrantDeadlines deadlines;

	private final Dossiers dossiers;

	private final DossierLifecycle lifecycle;

	private final DossierJournal journal;

	private final EnvelopeLedger ledger;

	private final LapseLetters letters;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	GrantLapses(GrantDeadlines deadlines, Dossiers dossiers, DossierLifecycle lifecycle, DossierJournal journal,
			EnvelopeLedger ledger, LapseLetters letters, ApplicationEventPublisher events, Clock clock) {
		this.deadlines = deadlines;
		this.dossiers = dossiers;
		this.lifecycle = lifecycle;
		this.journal = journal;
		this.ledger = ledger;
		this.letters = letters;
		this.events = events;
		this.clock = clock;
	}

	/** Called when the deadline's date has passed; nothing happens if it was met or cancelled meanwhile. */
	public void lapse(UUID deadlineId) {
		GrantDeadline deadline = deadlines.find(deadlineId);
		if (!deadline.isOpen()) {
			return;
		}
		UUID dossierId = deadline.dossierId();
		// the dossier first, then the envelope: the lock order of every change of money. A payment request committed
		// meanwhile has met the deadline and changed its version: this transaction then fails, and the retried job
		// finds the deadline met.
		lifecycle.lapse(dossierId, deadline.kind().frenchLabel() + " non réalisée au "
				+ FrenchFormat.longDate(deadline.dueOn()) + " : l'aide est caduque.");
		DossierSnapshot dossier = dossiers.get(dossierId);
		BigDecimal released = ledger.releaseRemainder(dossierId, ReleaseReason.LAPSE, Actor.SYSTEM,
				dossier.reference() + " : caducité (" + deadline.kind().frenchLabel() + ")");
		if (released.signum() > 0) {
			journal.record(dossierId, Actor.SYSTEM, TimelineAction.ENGAGEMENT_RELEASED,
					FrenchFormat.euros(released) + " non versés rendus à l'enveloppe (caducité).");
		}
		deadline.lapsed(clock.instant(), released);
		deadlines.cancelOpenDeadlines(dossierId, "Aide caduque");
		DossierMoney money = ledger.moneyOf(dossierId);
		letters.notifyLapse(dossier, deadline, money, released);
		events.publishEvent(new DeadlineEvents.GrantLapsed(dossierId, deadline.kind()));
	}

}
