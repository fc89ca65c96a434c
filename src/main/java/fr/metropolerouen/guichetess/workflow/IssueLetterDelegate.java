package fr.metropolerouen.guichetess.workflow;

import fr.metropolerouen.guichetess.letter.LetterKind;
import fr.metropolerouen.guichetess.letter.Letters;
import fr.metropolerouen.guichetess.workflow.DossierProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Issues the decision letter named by the task's {@code letterKind} input; issuing is idempotent, so a retried job
 * does not produce a second letter.
 */
@Component("issueLetterDelegate")
class IssueLetterDelegate implements JavaDelegate {

	private final Letters letters;

	IssueLetterDelegate(Letters letters) {
		this.letters = letters;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LetterKind kind = LetterKind.valueOf((String) execution.getVariableLocal(Variables.LETTER_KIND));
		letters.issue(DossierProcess.dossierId(execution), kind);
	}

}
