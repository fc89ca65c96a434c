package fr.metropolerouen.guichetess.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.metropolerouen.guichetess.letter.LetterKind;
import fr.metropolerouen.guichetess.workflow.DossierProcess.Messages;
import fr.metropolerouen.guichetess.workflow.DossierProcess.Tasks;
import fr.metropolerouen.guichetess.workflow.DossierProcess.Variables;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code processes/dossier/DossierProcess.bpmn}, path by path, on a standalone engine: the delegates are mocks, every
 * job is executed by the test, and the timers are moved by the engine clock.
 */
@Deployment(resources = "processes/dossier/DossierProcess.bpmn")
class DossierProcessTests {

	@RegisterExtension
	static final ProcessEngineExtension engine = ProcessTestEngine.extension();

	// Ids of the model that the application code does not need (the user tasks and messages are in DossierProcess)
	private static final String SUBMITTED = "StartEvent_DossierSubmitted";

	private static final String ASSESS_ELIGIBILITY = "Task_AssessEligibility";

	private static final String SUGGEST_AID_AMOUNT = "Task_SuggestAidAmount";

	private static final String REMIND_MISSING_DOCUMENTS = "Task_RemindMissingDocuments";

	private static final String CLOSE_WITHOUT_FOLLOW_UP = "Task_CloseWithoutFollowUp";

	private static final String ISSUE_CLOSURE_LETTER = "Task_IssueClosureLetter";

	private static final String ISSUE_INELIGIBILITY_LETTER = "Task_IssueIneligibilityLetter";

	private static final String ISSUE_GRANT_LETTER = "Task_IssueGrantLetter";

	private static final String ISSUE_REFUSAL_LETTER = "Task_IssueRefusalLetter";

	private static final String AWAIT_GRANT_SETTLEMENT = "Task_AwaitGrantSettlement";

	private static final String REMINDER_DUE = "BoundaryEvent_ReminderDue";

	private static final String NO_ANSWER = "BoundaryEvent_NoAnswer";

	private static final String COMMITTEE_OUTCOME = "Gateway_CommitteeOutcome";

	private static final String GRANT_JOIN = "Gateway_GrantJoin";

	private static final String REMINDER_SENT = "EndEvent_ReminderSent";

	private static final String CLOSED_WITHOUT_FOLLOW_UP = "EndEvent_ClosedWithoutFollowUp";

	private static final String DOSSIER_INELIGIBLE = "EndEvent_DossierIneligible";

	private static final String GRANT_SETTLED = "EndEvent_GrantSettled";

	private static final String GRANT_LAPSED = "EndEvent_GrantLapsed";

	private static final String DOSSIER_REFUSED = "EndEvent_DossierRefused";

	private static final String DOSSIER_WITHDRAWN = "EndEvent_DossierWithdrawn";

	private static final String WITHDRAWAL = "SubProcess_Withdrawal";

	private static final String OFFICER = "officer";

	private static final String APPLICANT = "applicant";

	private static final String COMMITTEE = "committee";

	/** A Monday in January: no daylight-saving change within the 30 days of the deadlines. */
	private static final Instant SUBMISSION = Instant.parse("2025-01-06T08:00:00Z");

	private final JavaDelegate assessEligibility = mock(JavaDelegate.class);

	private final JavaDelegate suggestAidAmount = mock(JavaDelegate.class);

	private final JavaDelegate remindMissingDocuments = mock(JavaDelegate.class);

	private final JavaDelegate closeWithoutFollowUp = mock(JavaDelegate.class);

	private final JavaDelegate issueLetter = mock(JavaDelegate.class);

	/** What the issue-letter delegate was asked, read inside the call (the task's local input is gone after it). */
	private final List<IssuedLetter> issuedLetters = new ArrayList<>();

	/** The verdict that the assess-eligibility mock records, as the real delegate does from the decision table. */
	private String eligibilityVerdict = "ELIGIBLE";

	@BeforeEach
	void registerMocks() throws Exception {
		BpmnAwareTests.init(engine.getProcessEngine());
		doAnswer(invocation -> {
			DelegateExecution execution = invocation.getArgument(0);
			execution.setVariable(Variables.ELIGIBILITY_VERDICT, eligibilityVerdict);
			return null;
		}).when(assessEligibility).execute(any());
		recordIssuedLetters();
		Mocks.register("assessEligibilityDelegate", assessEligibility);
		Mocks.register("suggestAidAmountDelegate", suggestAidAmount);
		Mocks.register("remindMissingDocumentsDelegate", remindMissingDocuments);
		Mocks.register("closeWithoutFollowUpDelegate", closeWithoutFollowUp);
		Mocks.register("issueLetterDelegate", issueLetter);
		Mocks.register("dossierDeadlines", new FixedDossierDeadlines());
		ClockUtil.setCurrentTime(Date.from(SUBMISSION));
	}

	@AfterEach
	void resetMocks() {
		// the extension puts the engine clock back; the mocks and the assertions' engine are thread-bound
		Mocks.reset();
		BpmnAwareTests.reset();
	}

	// a. Granted

	@Test
	void grantedDossierIsNotifiedAndEndsWhenTheGrantIsSettled() throws Exception {
		ProcessInstance dossier = submitDossier();
		assertWaitingAtTask(dossier, Tasks.CHECK_COMPLETENESS, OFFICER);

		complete(task(Tasks.CHECK_COMPLETENESS, dossier), withVariables(Variables.COMPLETE, true));
		// the assessment runs in its own job, not in the officer's transaction
		assertThat(dossier).isWaitingAtExactly(ASSESS_ELIGIBILITY);
		verifyNoInteractions(assessEligibility);

		executeJob(dossier, ASSESS_ELIGIBILITY);
		verify(assessEligibility).execute(any());
		assertThat(dossier).variables().containsEntry(Variables.ELIGIBILITY_VERDICT, "ELIGIBLE");
		assertThat(dossier).isWaitingAtExactly(SUGGEST_AID_AMOUNT);

		executeJob(dossier, SUGGEST_AID_AMOUNT);
		verify(suggestAidAmount).execute(any());
		assertWaitingAtTask(dossier, Tasks.REVIEW_DOSSIER, OFFICER);

		complete(task(Tasks.REVIEW_DOSSIER, dossier));
		assertWaitingAtTask(dossier, Tasks.DECIDE_IN_COMMITTEE, COMMITTEE);

		complete(task(Tasks.DECIDE_IN_COMMITTEE, dossier), withVariables(Variables.COMMITTEE_OUTCOME, "GRANTED"));
		// the letter and the wait for the settlement are parallel branches
		assertThat(dossier).isWaitingAtExactly(ISSUE_GRANT_LETTER, AWAIT_GRANT_SETTLEMENT)
			.isWaitingFor(Messages.GRANT_SETTLED);
		assertThat(issuedLetters).isEmpty();

		executeJob(dossier, ISSUE_GRANT_LETTER);
		assertThat(issuedLetters).containsExactly(
				new IssuedLetter(ISSUE_GRANT_LETTER, LetterKind.GRANT_DECISION.name(), dossierIdOf(dossier)));
		// the letter alone does not end the dossier: the aid is still to be paid (its branch waits at the join)
		assertThat(dossier).isNotEnded()
			.isWaitingAtExactly(AWAIT_GRANT_SETTLEMENT, GRANT_JOIN)
			.isWaitingFor(Messages.GRANT_SETTLED);

		correlate(Messages.GRANT_SETTLED, dossier);
		assertThat(dossier).isEnded()
			.hasPassedInOrder(SUBMITTED, Tasks.CHECK_COMPLETENESS, ASSESS_ELIGIBILITY, SUGGEST_AID_AMOUNT,
					Tasks.REVIEW_DOSSIER, Tasks.DECIDE_IN_COMMITTEE, ISSUE_GRANT_LETTER, GRANT_SETTLED)
			.hasPassed(AWAIT_GRANT_SETTLEMENT)
			.hasNotPassed(Tasks.PROVIDE_MISSING_DOCUMENTS, Tasks.DECIDE_ON_INELIGIBILITY, ISSUE_REFUSAL_LETTER,
					DOSSIER_REFUSED, DOSSIER_WITHDRAWN);
		verifyNoInteractions(remindMissingDocuments, closeWithoutFollowUp);
	}

	@Test
	void grantSettledBeforeTheGrantLetterJobRanWaitsForTheLetterThenEnds() throws Exception {
		ProcessInstance dossier = reachCommittee();
		complete(task(Tasks.DECIDE_IN_COMMITTEE, dossier), withVariables(Variables.COMMITTEE_OUTCOME, "GRANTED"));
		assertThat(dossier).isWaitingAtExactly(ISSUE_GRANT_LETTER, AWAIT_GRANT_SETTLEMENT);

		// the letter job has not run yet (job executor late or retrying) when the last payment settles the grant
		correlate(Messages.GRANT_SETTLED, dossier);
		// the settled branch waits at the join for the letter's
		assertThat(dossier).isNotEnded()
			.hasPassed(AWAIT_GRANT_SETTLEMENT)
			.isWaitingAtExactly(ISSUE_GRANT_LETTER, GRANT_JOIN)
			.isNotWaitingFor(Messages.GRANT_SETTLED);
		assertThat(issuedLetters).isEmpty();

		executeJob(dossier, ISSUE_GRANT_LETTER);
		assertThat(issuedLetters).extracting(IssuedLetter::letterKind)
			.containsExactly(LetterKind.GRANT_DECISION.name());
		assertThat(dossier).isEnded().hasPassed(GRANT_SETTLED);
	}

	@Test
	void aLapsedGrantEndsTheDossierWithoutSettlement() throws Exception {
		ProcessInstance dossier = reachCommittee();
		complete(task(Tasks.DECIDE_IN_COMMITTEE, dossier), withVariables(Variables.COMMITTEE_OUTCOME, "GRANTED"));
		executeJob(dossier, ISSUE_GRANT_LETTER);
		assertThat(dossier).isWaitingAtExactly(AWAIT_GRANT_SETTLEMENT, GRANT_JOIN).isWaitingFor(Messages.GRANT_LAPSED);

		correlate(Messages.GRANT_LAPSED, dossier);

		// the letter's branch waiting at the join ends with it
		assertThat(dossier).isEnded().hasPassed(GRANT_LAPSED).hasNotPassed(GRANT_SETTLED);
		assertThat(jobQuery().processInstanceId(dossier.getId()).count()).isZero();
	}

	@Test
	void grantLapsedIsRefusedWhileTheDossierIsNotGranted() throws Exception {
		ProcessInstance dossier = reachCommittee();

		// the application ignores it (ProcessSteps.correlateIfWaiting): the lapse module only lapses granted dossiers
		assertThatThrownBy(() -> correlate(Messages.GRANT_LAPSED, dossier))
			.isInstanceOf(MismatchingMessageCorrelationException.class);
		assertWaitingAtTask(dossier, Tasks.DECIDE_IN_COMMITTEE, COMMITTEE);
	}

	@Test
	void grantSettledIsRefusedWhileTheDossierIsNotGranted() throws Exception {
		ProcessInstance dossier = reachCommittee();

		// the application turns this refusal into a conflict (ProcessSteps)
		assertThatThrownBy(() -> correlate(Messages.GRANT_SETTLED, dossier))
			.isInstanceOf(MismatchingMessageCorrelationException.class);
		assertWaitingAtTask(dossier, Tasks.DECIDE_IN_COMMITTEE, COMMITTEE);
	}

	// b. Refused by the committee

	@Test
	void refusedDossierIsNotifiedAndEnds() throws Exception {
		ProcessInstance dossier = reachCommittee();

		complete(task(Tasks.DECIDE_IN_COMMITTEE, dossier), withVariables(Variables.COMMITTEE_OUTCOME, "REFUSED"));
		assertThat(dossier).isWaitingAtExactly(ISSUE_REFUSAL_LETTER);

		executeJob(dossier, ISSUE_REFUSAL_LETTER);
		assertThat(issuedLetters).containsExactly(
				new IssuedLetter(ISSUE_REFUSAL_LETTER, LetterKind.REFUSAL_DECISION.name(), dossierIdOf(dossier)));
		assertThat(dossier).isEnded()
			.hasPassedInOrder(Tasks.DECIDE_IN_COMMITTEE, ISSUE_REFUSAL_LETTER, DOSSIER_REFUSED)
			.hasNotPassed(ISSUE_GRANT_LETTER, AWAIT_GRANT_SETTLEMENT, GRANT_SETTLED);
	}

	// c. Ineligible, confirmed by the officer

	@ParameterizedTest(name = "verdict {0}")
	@ValueSource(strings = { "INELIGIBLE", "NEEDS_REVIEW" })
	void confirmedIneligibilityIsNotifiedAndEnds(String verdict) throws Exception {
		ProcessInstance dossier = submitDossier();
		complete(task(Tasks.CHECK_COMPLETENESS, dossier), withVariables(Variables.COMPLETE, true));

		eligibilityVerdict = verdict;
		executeJob(dossier, ASSESS_ELIGIBILITY);
		// any verdict but ELIGIBLE is put before the officer
		assertWaitingAtTask(dossier, Tasks.DECIDE_ON_INELIGIBILITY, OFFICER);
		verifyNoInteractions(suggestAidAmount);

		complete(task(Tasks.DECIDE_ON_INELIGIBILITY, dossier),
				withVariables(Variables.INELIGIBILITY_CONFIRMED, true));
		assertThat(dossier).isWaitingAtExactly(ISSUE_INELIGIBILITY_LETTER);

		executeJob(dossier, ISSUE_INELIGIBILITY_LETTER);
		assertThat(issuedLetters).containsExactly(new IssuedLetter(ISSUE_INELIGIBILITY_LETTER,
				LetterKind.INELIGIBILITY_DECISION.name(), dossierIdOf(dossier)));
		assertThat(dossier).isEnded()
			.hasPassedInOrder(ASSESS_ELIGIBILITY, Tasks.DECIDE_ON_INELIGIBILITY, ISSUE_INELIGIBILITY_LETTER,
					DOSSIER_INELIGIBLE)
			.hasNotPassed(SUGGEST_AID_AMOUNT, Tasks.REVIEW_DOSSIER, Tasks.DECIDE_IN_COMMITTEE);
		verifyNoInteractions(suggestAidAmount);
	}

	// d. Ineligible, overridden by the officer

	@Test
	void overriddenIneligibilityGoesOnToTheAmountAndTheReview() throws Exception {
		ProcessInstance dossier = submitDossier();
		complete(task(Tasks.CHECK_COMPLETENESS, dossier), withVariables(Variables.COMPLETE, true));
		eligibilityVerdict = "INELIGIBLE";
		executeJob(dossier, ASSESS_ELIGIBILITY);
		assertWaitingAtTask(dossier, Tasks.DECIDE_ON_INELIGIBILITY, OFFICER);

		complete(task(Tasks.DECIDE_ON_INELIGIBILITY, dossier),
				withVariables(Variables.INELIGIBILITY_CONFIRMED, false));
		assertThat(dossier).isWaitingAtExactly(SUGGEST_AID_AMOUNT);

		executeJob(dossier, SUGGEST_AID_AMOUNT);
		verify(suggestAidAmount).execute(any());
		assertWaitingAtTask(dossier, Tasks.REVIEW_DOSSIER, OFFICER);
		assertThat(dossier).hasPassedInOrder(ASSESS_ELIGIBILITY, Tasks.DECIDE_ON_INELIGIBILITY, SUGGEST_AID_AMOUNT)
			.hasNotPassed(ISSUE_INELIGIBILITY_LETTER, DOSSIER_INELIGIBLE);
		assertThat(issuedLetters).isEmpty();
	}

	// e. Incomplete, documents provided

	@Test
	void incompleteDossierGoesBackToTheCompletenessCheckOnceTheDocumentsAreProvided() throws Exception {
		ProcessInstance dossier = submitDossier();

		complete(task(Tasks.CHECK_COMPLETENESS, dossier), withVariables(Variables.COMPLETE, false));
		assertWaitingAtTask(dossier, Tasks.PROVIDE_MISSING_DOCUMENTS, APPLICANT);
		assertThat(timerActivities(dossier)).containsExactlyInAnyOrder(REMINDER_DUE, NO_ANSWER);

		complete(task(Tasks.PROVIDE_MISSING_DOCUMENTS, dossier));
		assertWaitingAtTask(dossier, Tasks.CHECK_COMPLETENESS, OFFICER);
		// the deadlines concern the missing documents only
		assertThat(timerActivities(dossier)).isEmpty();

		complete(task(Tasks.CHECK_COMPLETENESS, dossier), withVariables(Variables.COMPLETE, true));
		assertThat(dossier).isWaitingAtExactly(ASSESS_ELIGIBILITY);
		assertThat(timesPassed(dossier, Tasks.CHECK_COMPLETENESS)).isEqualTo(2);
		assertThat(dossier).hasNotPassed(REMIND_MISSING_DOCUMENTS, CLOSE_WITHOUT_FOLLOW_UP);
		verifyNoInteractions(remindMissingDocuments, closeWithoutFollowUp);
	}

	@Test
	void documentsProvidedAfterTheReminderStopTheClosureDeadline() throws Exception {
		ProcessInstance dossier = submitDossier();
		complete(task(Tasks.CHECK_COMPLETENESS, dossier), withVariables(Variables.COMPLETE, false));
		moveClockTo(Duration.ofDays(15).plusMinutes(1));
		executeJob(dossier, REMINDER_DUE);
		executeJob(dossier, REMIND_MISSING_DOCUMENTS);

		complete(task(Tasks.PROVIDE_MISSING_DOCUMENTS, dossier));
		assertWaitingAtTask(dossier, Tasks.CHECK_COMPLETENESS, OFFICER);
		assertThat(jobQuery().processInstanceId(dossier.getId()).count()).isZero();

		// long after the closure deadline, nothing happens to the dossier
		moveClockTo(Duration.ofDays(60));
		assertThat(jobQuery().processInstanceId(dossier.getId()).count()).isZero();
		verifyNoInteractions(closeWithoutFollowUp);
	}

	// f. Incomplete, no answer

	@Test
	void incompleteDossierWithoutAnswerIsRemindedAfterFifteenDaysAndClosedAfterThirty() throws Exception {
		ProcessInstance dossier = submitDossier();
		complete(task(Tasks.CHECK_COMPLETENESS, dossier), withVariables(Variables.COMPLETE, false));
		// the engine adds calendar days: one hour of slack for a daylight-saving change in the JVM's zone
		assertThat(timer(dossier, REMINDER_DUE).getDuedate()).isCloseTo(afterSubmission(Duration.ofDays(15)),
				Duration.ofHours(1).toMillis());
		assertThat(timer(dossier, NO_ANSWER).getDuedate()).isCloseTo(afterSubmission(Duration.ofDays(30)),
				Duration.ofHours(1).toMillis());

		moveClockTo(Duration.ofDays(14));
		assertThat(dueJobActivities(dossier)).isEmpty();

		moveClockTo(Duration.ofDays(15).plusMinutes(1));
		assertThat(dueJobActivities(dossier)).containsExactly(REMINDER_DUE);
		executeJob(dossier, REMINDER_DUE);
		// the reminder is sent in its own job; the applicant's task stays open, with the closure deadline
		assertThat(dossier).isWaitingAtExactly(Tasks.PROVIDE_MISSING_DOCUMENTS, REMIND_MISSING_DOCUMENTS);
		executeJob(dossier, REMIND_MISSING_DOCUMENTS);
		verify(remindMissingDocuments).execute(any());
		assertWaitingAtTask(dossier, Tasks.PROVIDE_MISSING_DOCUMENTS, APPLICANT);
		assertThat(dossier).isWaitingAtExactly(Tasks.PROVIDE_MISSING_DOCUMENTS).hasPassed(REMINDER_SENT);
		assertThat(timerActivities(dossier)).containsExactly(NO_ANSWER);
		verifyNoInteractions(closeWithoutFollowUp);

		moveClockTo(Duration.ofDays(29));
		assertThat(dueJobActivities(dossier)).isEmpty();

		moveClockTo(Duration.ofDays(30).plusMinutes(1));
		assertThat(dueJobActivities(dossier)).containsExactly(NO_ANSWER);
		executeJob(dossier, NO_ANSWER);
		// the closure runs in the timer's job, which also cancels the applicant's task
		verify(closeWithoutFollowUp).execute(any());
		assertThat(dossier).isWaitingAtExactly(ISSUE_CLOSURE_LETTER);
		assertThat(task(Tasks.PROVIDE_MISSING_DOCUMENTS, dossier)).isNull();

		executeJob(dossier, ISSUE_CLOSURE_LETTER);
		assertThat(issuedLetters).containsExactly(new IssuedLetter(ISSUE_CLOSURE_LETTER,
				LetterKind.CLOSURE_WITHOUT_FOLLOW_UP.name(), dossierIdOf(dossier)));
		assertThat(dossier).isEnded()
			.hasPassedInOrder(Tasks.PROVIDE_MISSING_DOCUMENTS, CLOSE_WITHOUT_FOLLOW_UP, ISSUE_CLOSURE_LETTER,
					CLOSED_WITHOUT_FOLLOW_UP)
			.hasNotPassed(ASSESS_ELIGIBILITY);
		verify(remindMissingDocuments, times(1)).execute(any());
		verifyNoInteractions(assessEligibility);
	}

	@Test
	void reminderAlreadyDueWhenTheDocumentsArriveIsStillSent() throws Exception {
		ProcessInstance dossier = submitDossier();
		complete(task(Tasks.CHECK_COMPLETENESS, dossier), withVariables(Variables.COMPLETE, false));
		moveClockTo(Duration.ofDays(15).plusMinutes(1));
		executeJob(dossier, REMINDER_DUE);

		// the timer fired, its job has not run yet, and the applicant provides the documents
		complete(task(Tasks.PROVIDE_MISSING_DOCUMENTS, dossier));
		// the reminder's branch is not part of the applicant's task: completing the task leaves it pending
		assertThat(dossier).isWaitingAtExactly(Tasks.CHECK_COMPLETENESS, REMIND_MISSING_DOCUMENTS);

		executeJob(dossier, REMIND_MISSING_DOCUMENTS);
		// so the delegate is called for a dossier no longer awaiting documents (the dossier module ignores it)
		verify(remindMissingDocuments).execute(any());
		assertWaitingAtTask(dossier, Tasks.CHECK_COMPLETENESS, OFFICER);
	}

	// g. Withdrawal

	/** The steps where a submitted dossier can be withdrawn, the process waiting for a person or a job. */
	enum WaitingPoint {

		COMPLETENESS_CHECK(Tasks.CHECK_COMPLETENESS), MISSING_DOCUMENTS(Tasks.PROVIDE_MISSING_DOCUMENTS),
		ELIGIBILITY_ASSESSMENT(ASSESS_ELIGIBILITY), INELIGIBILITY_DECISION(Tasks.DECIDE_ON_INELIGIBILITY),
		REVIEW(Tasks.REVIEW_DOSSIER), COMMITTEE_DECISION(Tasks.DECIDE_IN_COMMITTEE);

		final String activityId;

		WaitingPoint(String activityId) {
			this.activityId = activityId;
		}

	}

	@ParameterizedTest(name = "withdrawn at {0}")
	@EnumSource(WaitingPoint.class)
	void withdrawnDossierStopsWhereverItWaitsWithoutAnyLetter(WaitingPoint point) throws Exception {
		ProcessInstance dossier = reach(point);
		ProcessInstance otherDossier = submitDossier();
		assertThat(dossier).isWaitingAtExactly(point.activityId);

		correlate(Messages.DOSSIER_WITHDRAWN, dossier);
		assertThat(dossier).isEnded().hasPassed(WITHDRAWAL, DOSSIER_WITHDRAWN);
		// pending timers and jobs go with the process
		assertThat(jobQuery().processInstanceId(dossier.getId()).count()).isZero();
		assertThat(taskService().createTaskQuery().processInstanceId(dossier.getId()).count()).isZero();
		verifyNoInteractions(issueLetter, remindMissingDocuments, closeWithoutFollowUp);
		// the message is correlated by dossier id: another dossier is not affected
		assertThat(otherDossier).isWaitingAtExactly(Tasks.CHECK_COMPLETENESS);
	}

	@Test
	void withdrawalOfAFinishedDossierIsRefused() throws Exception {
		ProcessInstance dossier = reachCommittee();
		complete(task(Tasks.DECIDE_IN_COMMITTEE, dossier), withVariables(Variables.COMMITTEE_OUTCOME, "REFUSED"));
		executeJob(dossier, ISSUE_REFUSAL_LETTER);
		assertThat(dossier).isEnded();

		// the application turns this refusal into a conflict (ProcessSteps)
		assertThatThrownBy(() -> correlate(Messages.DOSSIER_WITHDRAWN, dossier))
			.isInstanceOf(MismatchingMessageCorrelationException.class);
		assertThat(dossier).hasNotPassed(DOSSIER_WITHDRAWN);
	}

	// h. Committee outcome other than granted or refused

	@Test
	void deferredOutcomeHasNoWayOutSoTheCommitteeTaskStaysOpenUntilALaterDecision() throws Exception {
		ProcessInstance dossier = reachCommittee();

		// DossierProcessDriver never sends DEFERRED; were it sent, the gateway would find no flow and roll back
		assertThatThrownBy(() -> complete(task(Tasks.DECIDE_IN_COMMITTEE, dossier),
				withVariables(Variables.COMMITTEE_OUTCOME, "DEFERRED")))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining(COMMITTEE_OUTCOME);
		assertWaitingAtTask(dossier, Tasks.DECIDE_IN_COMMITTEE, COMMITTEE);
		assertThat(dossier).hasNotPassed(COMMITTEE_OUTCOME);
		assertThat(runtimeService().getVariable(dossier.getId(), Variables.COMMITTEE_OUTCOME)).isNull();

		// a later session decides on the same task
		complete(task(Tasks.DECIDE_IN_COMMITTEE, dossier), withVariables(Variables.COMMITTEE_OUTCOME, "GRANTED"));
		assertThat(dossier).isWaitingAtExactly(ISSUE_GRANT_LETTER, AWAIT_GRANT_SETTLEMENT);
		assertThat(issuedLetters).isEmpty();
	}

	// Jobs and retries

	@Test
	void everyAutomaticStepRunsInItsOwnJobRetriedFiveTimesFiveMinutesApart() {
		BpmnModelInstance model = repositoryService().getBpmnModelInstance(processDefinitionId());
		Collection<ServiceTask> serviceTasks = model.getModelElementsByType(ServiceTask.class);

		assertThat(serviceTasks).filteredOn(ServiceTask::isCamundaAsyncBefore)
			.extracting(ServiceTask::getId)
			.containsExactlyInAnyOrder(ASSESS_ELIGIBILITY, SUGGEST_AID_AMOUNT, REMIND_MISSING_DOCUMENTS,
					ISSUE_CLOSURE_LETTER, ISSUE_INELIGIBILITY_LETTER, ISSUE_GRANT_LETTER, ISSUE_REFUSAL_LETTER);
		assertThat(serviceTasks).filteredOn(ServiceTask::isCamundaAsyncBefore)
			.allSatisfy(serviceTask -> assertThat(retryTimeCycleOf(serviceTask)).as(serviceTask.getId())
				.isEqualTo("R5/PT5M"));
		// the only synchronous one runs in the closure timer's job, together with the cancelling of the task
		assertThat(serviceTasks).filteredOn(serviceTask -> !serviceTask.isCamundaAsyncBefore())
			.singleElement()
			.satisfies(serviceTask -> {
				assertThat(serviceTask.getId()).isEqualTo(CLOSE_WITHOUT_FOLLOW_UP);
				assertThat(serviceTask.getPreviousNodes().list()).extracting(node -> node.getId())
					.containsExactly(NO_ANSWER);
			});
	}

	@Test
	void failingLetterJobIsRetriedFiveTimesFiveMinutesApartThenRaisesAnIncident() throws Exception {
		ProcessInstance dossier = reachCommittee();
		complete(task(Tasks.DECIDE_IN_COMMITTEE, dossier), withVariables(Variables.COMMITTEE_OUTCOME, "REFUSED"));
		doThrow(new IllegalStateException("Rendu du courrier impossible")).when(issueLetter).execute(any());

		for (int failures = 1; failures <= 5; failures++) {
			Job job = jobAt(dossier, ISSUE_REFUSAL_LETTER);
			assertThatThrownBy(() -> managementService().executeJob(job.getId()))
				.hasMessageContaining("Rendu du courrier impossible");
			Job failed = jobAt(dossier, ISSUE_REFUSAL_LETTER);
			assertThat(failed.getRetries()).as("retries left after %d failures", failures).isEqualTo(5 - failures);
			if (failed.getRetries() > 0) {
				Date inFiveMinutes = Date.from(ClockUtil.now().toInstant().plus(Duration.ofMinutes(5)));
				assertThat(failed.getDuedate()).isEqualTo(inFiveMinutes);
				// not due before: the job executor would leave it alone until then
				assertThat(dueJobActivities(dossier)).isEmpty();
				ClockUtil.setCurrentTime(failed.getDuedate());
			}
		}
		verify(issueLetter, times(5)).execute(any());
		assertThat(runtimeService().createIncidentQuery()
			.processInstanceId(dossier.getId())
			.activityId(ISSUE_REFUSAL_LETTER)
			.count()).isOne();
		assertThat(dossier).isWaitingAtExactly(ISSUE_REFUSAL_LETTER).hasNotPassed(DOSSIER_REFUSED);

		// once the cause is fixed, an operator gives the job a retry and the dossier goes on
		recordIssuedLetters();
		managementService().setJobRetries(jobAt(dossier, ISSUE_REFUSAL_LETTER).getId(), 1);
		executeJob(dossier, ISSUE_REFUSAL_LETTER);
		assertThat(issuedLetters).extracting(IssuedLetter::letterKind)
			.containsExactly(LetterKind.REFUSAL_DECISION.name());
		assertThat(dossier).isEnded().hasPassed(DOSSIER_REFUSED);
	}

	@Test
	void everyLetterKindOfTheModelIsKnownToTheLetterModule() {
		BpmnModelInstance model = repositoryService().getBpmnModelInstance(processDefinitionId());

		List<String> letterKinds = model.getModelElementsByType(CamundaInputParameter.class)
			.stream()
			.filter(parameter -> Variables.LETTER_KIND.equals(parameter.getCamundaName()))
			.map(CamundaInputParameter::getTextContent)
			.toList();

		// the grant agreement is issued by its own module when a grant needs one, not by the process; the lapse
		// letters by the lapse module, when a deadline's process reaches them; the withdrawal letters by the
		// withdrawal process; the letters of the procedure before the decision (acknowledgement, request for
		// documents, reminder) by the letter module, with the change they answer
		assertThat(letterKinds).containsExactlyInAnyOrderElementsOf(Arrays.stream(LetterKind.values())
			.filter(kind -> kind != LetterKind.GRANT_AGREEMENT)
			.filter(kind -> kind != LetterKind.LAPSE_WARNING && kind != LetterKind.LAPSE_DECISION)
			.filter(kind -> !GrantWithdrawalProcessTests.LETTER_KINDS.contains(kind))
			.filter(kind -> kind != LetterKind.ACKNOWLEDGEMENT_OF_RECEIPT
					&& kind != LetterKind.MISSING_DOCUMENTS_REQUEST && kind != LetterKind.MISSING_DOCUMENTS_REMINDER)
			.map(LetterKind::name)
			.toList());
	}

	// Driving the process

	private ProcessInstance submitDossier() {
		String reference = "ESS-2025-" + UUID.randomUUID().toString().substring(0, 4);
		return runtimeService().createProcessInstanceByKey(DossierProcess.KEY)
			.businessKey(reference)
			.setVariables(Map.of(Variables.DOSSIER_ID, UUID.randomUUID().toString(), Variables.ORGANISATION_ID,
					UUID.randomUUID().toString(), Variables.REFERENCE, reference))
			.execute();
	}

	private ProcessInstance reachCommittee() throws Exception {
		ProcessInstance dossier = reach(WaitingPoint.REVIEW);
		complete(task(Tasks.REVIEW_DOSSIER, dossier));
		return dossier;
	}

	private ProcessInstance reach(WaitingPoint point) throws Exception {
		ProcessInstance dossier = submitDossier();
		switch (point) {
			case COMPLETENESS_CHECK -> {
			}
			case MISSING_DOCUMENTS ->
				complete(task(Tasks.CHECK_COMPLETENESS, dossier), withVariables(Variables.COMPLETE, false));
			case ELIGIBILITY_ASSESSMENT ->
				complete(task(Tasks.CHECK_COMPLETENESS, dossier), withVariables(Variables.COMPLETE, true));
			case INELIGIBILITY_DECISION -> {
				complete(task(Tasks.CHECK_COMPLETENESS, dossier), withVariables(Variables.COMPLETE, true));
				eligibilityVerdict = "INELIGIBLE";
				executeJob(dossier, ASSESS_ELIGIBILITY);
			}
			case REVIEW -> {
				complete(task(Tasks.CHECK_COMPLETENESS, dossier), withVariables(Variables.COMPLETE, true));
				executeJob(dossier, ASSESS_ELIGIBILITY);
				executeJob(dossier, SUGGEST_AID_AMOUNT);
			}
			case COMMITTEE_DECISION -> {
				dossier = reachCommittee();
			}
		}
		return dossier;
	}

	/** As ProcessSteps does: by message name and dossier id. */
	private void correlate(String message, ProcessInstance dossier) {
		runtimeService().createMessageCorrelation(message)
			.processInstanceVariableEquals(Variables.DOSSIER_ID, dossierIdOf(dossier))
			.correlateWithResult();
	}

	private void executeJob(ProcessInstance dossier, String activityId) {
		managementService().executeJob(jobAt(dossier, activityId).getId());
	}

	private void moveClockTo(Duration sinceSubmission) {
		ClockUtil.setCurrentTime(afterSubmission(sinceSubmission));
	}

	private void recordIssuedLetters() throws Exception {
		doAnswer(invocation -> {
			DelegateExecution execution = invocation.getArgument(0);
			issuedLetters.add(new IssuedLetter(execution.getCurrentActivityId(),
					(String) execution.getVariableLocal(Variables.LETTER_KIND),
					(String) execution.getVariable(Variables.DOSSIER_ID)));
			return null;
		}).when(issueLetter).execute(any());
	}

	// Reading the engine

	private static void assertWaitingAtTask(ProcessInstance dossier, String taskKey, String candidateGroup) {
		assertThat(dossier).isWaitingAtExactly(taskKey);
		List<IdentityLink> links = taskService().getIdentityLinksForTask(task(taskKey, dossier).getId());
		assertThat(links).as("candidate groups of %s", taskKey)
			.filteredOn(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
			.extracting(IdentityLink::getGroupId)
			.containsExactly(candidateGroup);
		assertThat(task(taskKey, dossier).getAssignee()).isNull();
	}

	private static Job jobAt(ProcessInstance dossier, String activityId) {
		Job job = jobQuery().processInstanceId(dossier.getId()).activityId(activityId).singleResult();
		assertThat(job).as("job at %s", activityId).isNotNull();
		return job;
	}

	private static Job timer(ProcessInstance dossier, String boundaryEventId) {
		Job timer = jobQuery().processInstanceId(dossier.getId()).activityId(boundaryEventId).timers().singleResult();
		assertThat(timer).as("timer of %s", boundaryEventId).isNotNull();
		return timer;
	}

	private static List<String> timerActivities(ProcessInstance dossier) {
		return jobQuery().processInstanceId(dossier.getId())
			.timers()
			.list()
			.stream()
			.map(DossierProcessTests::activityOf)
			.toList();
	}

	/** The jobs that a job executor would pick up now, on the engine clock. */
	private static List<String> dueJobActivities(ProcessInstance dossier) {
		return jobQuery().processInstanceId(dossier.getId())
			.executable()
			.list()
			.stream()
			.map(DossierProcessTests::activityOf)
			.toList();
	}

	private static String activityOf(Job job) {
		return managementService().createJobDefinitionQuery()
			.jobDefinitionId(job.getJobDefinitionId())
			.singleResult()
			.getActivityId();
	}

	private static long timesPassed(ProcessInstance dossier, String activityId) {
		return historyService().createHistoricActivityInstanceQuery()
			.processInstanceId(dossier.getId())
			.activityId(activityId)
			.finished()
			.count();
	}

	/** From the history: the process may have ended. */
	private static String dossierIdOf(ProcessInstance dossier) {
		return (String) historyService().createHistoricVariableInstanceQuery()
			.processInstanceId(dossier.getId())
			.variableName(Variables.DOSSIER_ID)
			.singleResult()
			.getValue();
	}

	private static String processDefinitionId() {
		return repositoryService().createProcessDefinitionQuery()
			.processDefinitionKey(DossierProcess.KEY)
			.singleResult()
			.getId();
	}

	private static String retryTimeCycleOf(ServiceTask serviceTask) {
		if (serviceTask.getExtensionElements() == null) {
			return null;
		}
		return serviceTask.getExtensionElements()
			.getElementsQuery()
			.filterByType(CamundaFailedJobRetryTimeCycle.class)
			.singleResult()
			.getTextContent();
	}

	private static Date afterSubmission(Duration duration) {
		return Date.from(SUBMISSION.plus(duration));
	}

	record IssuedLetter(String activityId, String letterKind, String dossierId) {
	}

}
