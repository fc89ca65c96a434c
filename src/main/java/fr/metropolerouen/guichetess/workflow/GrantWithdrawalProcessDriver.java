package fr.metropolerouen.guichetess.workflow;

import java.util.Date;
import java.util.Map;

import fr.metropolerouen.guichetess.clawback.WithdrawalEvents;
import fr.metropolerouen.guichetess.workflow.DossierProcess.Messages;
import fr.metropolerouen.guichetess.workflow.DossierProcess.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts a withdrawal procedure's process and closes its steps as the beneficiary answers and the officer decides.
 * A decision that ends a grant still being paid also ends the dossier's own process, which was waiting for the
 * grant to be settled.
 */
@Component
class GrantWithdrawalProcessDriver {

	private final ProcessSteps steps;

	GrantWithdrawalProcessDriver(ProcessSteps steps) {
		this.steps = steps;
	}

	@EventListener
	void on(WithdrawalEvents.WithdrawalOpened event) {
		steps.start(GrantWithdrawalProcess.KEY, GrantWithdrawalProcess.businessKey(event.reference(), event.number()),
				Map.of(GrantWithdrawalProcess.WITHDRAWAL_PROCEDURE_ID, event.procedureId().toString(),
						Variables.DOSSIER_ID, event.dossierId().toString(), Variables.ORGANISATION_ID,
						event.organisationId().toString(), Variables.REFERENCE, event.reference(),
						GrantWithdrawalProcess.OBSERVATION_PERIOD_END, Date.from(event.observationPeriodEnd())));
	}

	@EventListener
	void on(WithdrawalEvents.ObservationsReceived event) {
		steps.complete(GrantWithdrawalProcess.KEY, GrantWithdrawalProcess.WITHDRAWAL_PROCEDURE_ID,
				event.procedureId(), GrantWithdrawalProcess.PRESENT_OBSERVATIONS, Map.of());
	}

	@EventListener
	void on(WithdrawalEvents.WithdrawalDecided event) {
		steps.complete(GrantWithdrawalProcess.KEY, GrantWithdrawalProcess.WITHDRAWAL_PROCEDURE_ID,
				event.procedureId(), GrantWithdrawalProcess.DECIDE_ON_WITHDRAWAL,
				Map.of(GrantWithdrawalProcess.WITHDRAWAL_OUTCOME, event.outcome().name()));
		if (event.grantEnded()) {
			steps.correlate(Messages.GRANT_SETTLED, Variables.DOSSIER_ID, event.dossierId());
		}
	}

}
