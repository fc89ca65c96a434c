package fr.metropolerouen.guichetess.workflow;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Names of {@code processes/dossier/DossierProcess.bpmn}: used here instead of string literals. */
final class DossierProcess {

	static final String KEY = "DossierProcess";

	private DossierProcess() {
	}

	static final class Tasks {

		static final String CHECK_COMPLETENESS = "Task_CheckCompleteness";

		static final String PROVIDE_MISSING_DOCUMENTS = "Task_ProvideMissingDocuments";

		static final String DECIDE_ON_INELIGIBILITY = "Task_DecideOnIneligibility";

		static final String REVIEW_DOSSIER = "Task_ReviewDossier";

		static final String DECIDE_IN_COMMITTEE = "Task_DecideInCommittee";

		private Tasks() {
		}

	}

	static final class Messages {

		static final String DOSSIER_WITHDRAWN = "DossierWithdrawn";

		static final String GRANT_SETTLED = "GrantSettled";

		static final String GRANT_LAPSED = "GrantLapsed";

		private Messages() {
		}

	}

	/** Process variables hold identifiers and routing facts only; business data stays in the modules' tables. */
	static final class Variables {

		static final String DOSSIER_ID = "dossierId";

		static final String ORGANISATION_ID = "organisationId";

		static final String REFERENCE = "reference";

		static final String COMPLETE = "complete";

		static final String ELIGIBILITY_VERDICT = "eligibilityVerdict";

		static final String INELIGIBILITY_CONFIRMED = "ineligibilityConfirmed";

		static final String COMMITTEE_OUTCOME = "committeeOutcome";

		static final String LETTER_KIND = "letterKind";

		private Variables() {
		}

	}

	static UUID dossierId(DelegateExecution execution) {
		return UUID.fromString((String) execution.getVariable(Variables.DOSSIER_ID));
	}

}
