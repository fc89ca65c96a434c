package fr.metropolerouen.guichetess.dossier;

import java.time.Instant;

import fr.metropolerouen.guichetess.account.Role;

/** A timeline line as the API shows it. */
public record TimelineEntryView(Instant at, String actor, Role actorRole, TimelineAction action, String label,
		DossierStatus fromStatus, DossierStatus toStatus, String details) {
}
