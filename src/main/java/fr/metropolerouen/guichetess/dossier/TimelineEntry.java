package fr.metropolerouen.guichetess.dossier;

import java.time.Instant;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.account.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of a dossier's history: who did what, when, and the status before and after. Never updated, but for the
 * retention purge, which empties the details that hold personal data (see DossierRetention).
 */
@Entity
@Table(name = "dossier_timeline")
class TimelineEntry {

	/** Database sequence: gives the order of entries recorded in the same instant. */
	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "dossier_id", nullable = false)
	private UUID dossierId;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(nullable = false)
	private String actor;

	@Enumerated(EnumType.STRING)
	@Column(name = "actor_role", nullable = false)
	private Role actorRole;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TimelineAction action;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status")
	private DossierStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status")
	private DossierStatus toStatus;

	private String details;

	protected TimelineEntry() {
	}

	TimelineEntry(UUID dossierId, Instant occurredAt, Actor actor, TimelineAction action, DossierStatus fromStatus,
			DossierStatus toStatus, String details) {
		this.dossierId = dossierId;
		this.occurredAt = occurredAt;
		this.actor = actor.username();
		this.actorRole = actor.role();
		this.action = action;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.details = details;
	}

	TimelineEntryView view() {
		return new TimelineEntryView(occurredAt, actor, actorRole, action, action.frenchLabel(), fromStatus,
				toStatus, details);
	}

}
