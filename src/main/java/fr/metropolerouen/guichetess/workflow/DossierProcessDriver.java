package fr.metropolerouen.guichetess.workflow;

import java.util.Map;
import java.util.UUID;

import fr.metropolerouen.guichetess.committee.CommitteeDecisionRecorded;
import fr.metropolerouen.guichetess.committee.DecisionOutcome;
import fr.metropolerouen.guichetess.dossier.DossierEvents;
import fr.metropolerouen.guichetess.dossier.DossierStatus;
import fr.metropolerouen.guichetess.lapse.DeadlineEvents;
import fr.metropolerouen.guichetess.payment.PaymentEvents;
import fr.metropolerouen.guichetess.workflow.DossierProcess.Messages;
import fr.metropolerouen.guichetess.workflow.DossierProcess.Tasks;
import fr.metropolerouen.guichetess.workflow.DossierProcess.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves each dossier's process as the domain announces changes, inside the transaction of the change: the dossier's
 * status and its process step are committed together or not at all.
 */
@Component
class DossierProcessDriver {

	private final ProcessSteps steps;

	DossierProcessDriver(ProcessSteps steps) {
		this.steps = steps;
	}

	@EventListener
	void on(DossierEvents.DossierSubmitted event) {
		steps.start(DossierProcess.KEY, event.reference(),
				Map.of(Variables.DOSSIER_ID, event.dossierId().toString(), Variables.ORGANISATION_ID,
						event.organisationId().toString(), Variables.REFERENCE, event.reference()));
	}

	@EventListener
	void on(DossierEvents.DossierResubmitted event) {
		complete(event.dossierId(), Tasks.PROVIDE_MISSING_DOCUMENTS, Map.of());
	}

	@EventListener
	void on(DossierEvents.CompletenessChecked event) {
		complete(event.dossierId(), Tasks.CHECK_COMPLETENESS, Map.of(Variables.COMPLETE, event.complete()));
	}

	@EventListener
	void on(DossierEvents.IneligibilityDecided event) {
		complete(event.dossierId(), Tasks.DECIDE_ON_INELIGIBILITY,
				Map.of(Variables.INELIGIBILITY_CONFIRMED, event.confirmedIneligible()));
	}

	@EventListener
	void on(DossierEvents.DossierReviewed event) {
		complete(event.dossierId(), Tasks.REVIEW_DOSSIER, Map.of());
	}

	/** A deferred dossier keeps waiting for a decision at a later session. */
	@EventListener
	void on(CommitteeDecisionRecorded event) {
		if (event.outcome() != DecisionOutcome.DEFERRED) {
			complete(event.dossierId(), Tasks.DECIDE_IN_COMMITTEE,
					Map.of(Variables.COMMITTEE_OUTCOME, event.outcome().name()));
		}
	}

	/** A draft has no process yet; a submitted dossier's process stops wherever it is. */
	@EventListener
	void on(DossierEvents.DossierWithdrawn event) {
		if (event.previousStatus() != DossierStatus.DRAFT) {
			steps.correlate(Messages.DOSSIER_WITHDRAWN, Variables.DOSSIER_ID, event.dossierId());
		}
	}

	@EventListener
	void on(PaymentEvents.GrantSettled event) {
		steps.correlate(Messages.GRANT_SETTLED, Variables.DOSSIER_ID, event.dossierId());
	}

	/** A lapsed grant will never be settled: the dossier's process ends there, if it still waits for the settlement. */
	@EventListener
	void on(DeadlineEvents.GrantLapsed event) {
		steps.correlateIfWaiting(Messages.GRANT_LAPSED, Variables.DOSSIER_ID, event.dossierId());
	}

	private void complete(UUID dossierId, String task, Map<String, Object> variables) {
		steps.complete(DossierProcess.KEY, Variables.DOSSIER_ID, dossierId, task, variables);
	}

}
