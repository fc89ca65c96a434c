package fr.metropolerouen.guichetess.dossier;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timeline of each dossier: every state change and every act on it, with who, when and what. Entries are
 * written in the transaction of the change they record, so one never exists without the other.
 */
@Component
public class DossierJournal {

	private final TimelineEntryRepository entries;

	private final Clock clock;

	DossierJournal(TimelineEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/** Records an act that leaves the status as it is (a letter issued, a payment requested…). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(UUID dossierId, Actor actor, TimelineAction action, String details) {
		entries.save(new TimelineEntry(dossierId, clock.instant(), actor, action, null, null, details));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void recordChange(Dossier dossier, DossierStatus before, Actor actor, TimelineAction action, String details) {
		DossierStatus after = dossier.status();
		entries.save(new TimelineEntry(dossier.id(), clock.instant(), actor, action, before,
				before == after ? null : after, details));
	}

	@Transactional(readOnly = true)
	public List<TimelineEntryView> timelineOf(UUID dossierId) {
		return entries.findByDossierIdOrderById(dossierId).stream().map(TimelineEntry::view).toList();
	}

}
