package fr.metropolerouen.guichetess.workflow;

import fr.metropolerouen.guichetess.dossier.DossierLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The reminder timer fired: the dossier records the reminder, and the applicant is mailed. */
@Component("remindMissingDocumentsDelegate")
class RemindMissingDocumentsDelegate implements JavaDelegate {

	private final DossierLifecycle lifecycle;

	RemindMissingDocumentsDelegate(DossierLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	public void execute(DelegateExecution execution) {
		lifecycle.remindMissingDocuments(DossierProcess.dossierId(execution));
	}

}
