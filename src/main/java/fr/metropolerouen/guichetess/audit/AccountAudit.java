package fr.metropolerouen.guichetess.audit;

import fr.metropolerouen.guichetess.account.AccountCreated;
import fr.metropolerouen.guichetess.account.CurrentActor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records the accounts opened, in the transaction that opens them (a synchronous listener). */
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
		// a sign-up has no one logged in yet: the actor is then the system, the new account the subject
		trail.record(created.at(), currentActor.get(), AuditSubjects.ACCOUNT, created.username(), "ACCOUNT_CREATED",
				null, created.role().name(),
				created.organisationId() == null ? null : "organisation " + created.organisationId());
	}

}
