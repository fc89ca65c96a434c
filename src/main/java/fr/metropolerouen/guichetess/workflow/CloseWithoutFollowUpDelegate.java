package fr.metropolerouen.guichetess.workflow;

import fr.metropolerouen.guichetess.dossier.DossierLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The answer deadline passed: the dossier is closed without follow-up. */
@Component("closeWithoutFollowUpDelegate")
class CloseWithoutFollowUpDelegate implements JavaDelegate {

	private final DossierLifecycle lifecycle;

	CloseWithoutFollowUpDelegate(DossierLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	public void execute(DelegateExecution execution) {
		lifecycle.closeWithoutFollowUp(DossierProcess.dossierId(execution));
	}

}
