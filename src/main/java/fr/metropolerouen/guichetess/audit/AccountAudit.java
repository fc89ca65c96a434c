package fr.metropolerouen.guichetess.audit;

import fr.metropolerouen.guichetess.account.AccountCreated;
import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.account.PasswordChanged;
import fr.metropolerouen.guichetess.account.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records the accounts opened and the passwords changed, in the transaction of the change (synchronous listeners). */
@Component
class AccountAudit {

	private final AuditTrail trail;

	private final CurrentActor currentActor;

	AccountAudit(AuditTrail trail, CurrentActor currentActor) {
		this.trail = trail;
		this.currentActor = currentActor;
	}

	@EventListener
	void on(AccountCreated created) {
		trail.record(created.at(), actorOf(created), AuditSubjects.ACCOUNT, created.username(), "ACCOUNT_CREATED",
				null, created.role().name(),
				created.organisationId() == null ? null : "organisation " + created.organisationId());
	}

	/** That it changed, by whom and when; never the password nor its hash. */
	@EventListener
	void on(PasswordChanged changed) {
		trail.record(changed.at(), currentActor.get(), AuditSubjects.ACCOUNT, changed.username(), "PASSWORD_CHANGED",
				null, null, null);
	}

	/** Nobody is logged in when an applicant signs up: the person signing up is then the actor. */
	private Actor actorOf(AccountCreated created) {
		Actor actor = currentActor.get();
		return actor.equals(Actor.SYSTEM) && created.role() == Role.APPLICANT
				? new Actor(created.username(), Role.APPLICANT, created.organisationId()) : actor;
	}

}
