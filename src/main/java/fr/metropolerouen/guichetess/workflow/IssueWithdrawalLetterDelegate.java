package fr.metropolerouen.guichetess.workflow;

import fr.metropolerouen.guichetess.clawback.WithdrawalLetters;
import fr.metropolerouen.guichetess.letter.LetterKind;
import fr.metropolerouen.guichetess.letter.Letters;
import fr.metropolerouen.guichetess.workflow.DossierProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Issues the letter of a withdrawal procedure named by the task's {@code letterKind} input, with the procedure's
 * facts, deadline, decision and amounts; once per procedure and kind, so a retried job issues no second letter.
 */
@Component("issueWithdrawalLetterDelegate")
class IssueWithdrawalLetterDelegate implements JavaDelegate {

	private final Letters letters;

	private final WithdrawalLetters withdrawalLetters;

	IssueWithdrawalLetterDelegate(Letters letters, WithdrawalLetters withdrawalLetters) {
		this.letters = letters;
		this.withdrawalLetters = withdrawalLetters;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LetterKind kind = LetterKind.valueOf((String) execution.getVariableLocal(Variables.LETTER_KIND));
		WithdrawalLetters.Content content = withdrawalLetters.contentOf(GrantWithdrawalProcess.procedureId(execution));
		letters.issue(content.dossierId(), kind, content.issueKey(), content.values());
	}

}
