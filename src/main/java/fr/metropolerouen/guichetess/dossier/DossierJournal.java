package fr.metropolerouen.guichetess.dossier;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.audit.AuditSubjects;
import fr.metropolerouen.guichetess.audit.AuditTrail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timeline of each dossier: every state change and every act on it, with who, when and what. Entries are
 * written in the transaction of the change they record, so one never exists without the other, and each is also an
 * entry of the audit trail's hash chain (subject {@code DOSSIER}, the action, the statuses before and after).
 */
@Component
public class DossierJournal {

	private final TimelineEntryRepository entries;

	private final AuditTrail auditTrail;

	private final Clock clock;

	DossierJournal(TimelineEntryRepository entries, AuditTrail auditTrail, Clock clock) {
		this.entries = entries;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	/** Records an act that leaves the status as it is (a letter issued, a payment requested…). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(UUID dossierId, Actor actor, TimelineAction action, String details) {
		write(dossierId, actor, action, null, null, details);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void recordChange(Dossier dossier, DossierStatus before, Actor actor, TimelineAction action, String details) {
		DossierStatus after = dossier.status();
		write(dossier.id(), actor, action, before, before == after ? null : after, details);
	}

	private void write(UUID dossierId, Actor actor, TimelineAction action, DossierStatus from, DossierStatus to,
			String details) {
		Instant now = clock.instant();
		entries.save(new TimelineEntry(dossierId, now, actor, action, from, to, details));
		auditTrail.record(now, actor, AuditSubjects.DOSSIER, dossierId, action.name(), from == null ? null : from.name(),
				to == null ? null : to.name(), details);
	}

	@Transactional(readOnly = true)
	public List<TimelineEntryView> timelineOf(UUID dossierId) {
		return entries.findByDossierIdOrderById(dossierId).stream().map(TimelineEntry::view).toList();
	}

}
