package fr.metropolerouen.guichetess.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fr.metropolerouen.guichetess.letter.LetterKind;

import fr.metropolerouen.guichetess.workflow.DossierProcess.Variables;
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
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

/**
 * {@code processes/clawback/GrantWithdrawalProcess.bpmn}, path by path, on a standalone engine: the letter delegate
 * is a mock, every job is executed by the test, and the period to present observations ends by moving the engine
 * clock.
 */
@Deployment(resources = "processes/clawback/GrantWithdrawalProcess.bpmn")
class GrantWithdrawalProcessTests {

	@RegisterExtension
	static final ProcessEngineExtension engine = ProcessTestEngine.extension();

	private static final String OPENED = "StartEvent_WithdrawalOpened";

	private static final String ISSUE_NOTICE = "Task_IssueWithdrawalNotice";

	private static final String PERIOD_OVER = "BoundaryEvent_ObservationPeriodOver";

	private static final String ISSUE_DECISION = "Task_IssueWithdrawalDecision";

	private static final String ISSUE_DROP = "Task_IssueWithdrawalDropped";

	private static final String GRANT_WITHDRAWN = "EndEvent_GrantWithdrawn";

	private static final String DROPPED = "EndEvent_WithdrawalDropped";

	/** The letters this process issues, each once per procedure. */
	static final Set<LetterKind> LETTER_KINDS = EnumSet.of(LetterKind.WITHDRAWAL_NOTICE, LetterKind.WITHDRAWAL_DECISION,
			LetterKind.WITHDRAWAL_DROPPED);

	private static final Instant OPENED_AT = Instant.parse("2025-03-03T09:00:00Z");

	/** The first instant after a 15-day period, in Paris (as WithdrawalProcedures computes it). */
	private static final Instant PERIOD_END = Instant.parse("2025-03-18T23:00:00Z");

	private final JavaDelegate issueWithdrawalLetter = mock(JavaDelegate.class);

	private final List<String> issuedLetters = new ArrayList<>();

	@BeforeEach
	void registerMocks() throws Exception {
		BpmnAwareTests.init(engine.getProcessEngine());
		doAnswer(invocation -> {
			DelegateExecution execution = invocation.getArgument(0);
			issuedLetters.add((String) execution.getVariableLocal(Variables.LETTER_KIND));
			return null;
		}).when(issueWithdrawalLetter).execute(any());
		Mocks.register("issueWithdrawalLetterDelegate", issueWithdrawalLetter);
		ClockUtil.setCurrentTime(Date.from(OPENED_AT));
	}

	@AfterEach
	void resetMocks() {
		Mocks.reset();
		BpmnAwareTests.reset();
	}

	@ParameterizedTest
	@ValueSource(strings = { "WITHDRAW_FULL", "WITHDRAW_PARTIAL" })
	void observationsThenAWithdrawalAreNotifiedWithTheDecisionLetter(String outcome) {
		ProcessInstance procedure = openAndNotify();
		assertWaitingAtTask(procedure, GrantWithdrawalProcess.PRESENT_OBSERVATIONS, "applicant");
		assertThat(timer(procedure).getDuedate()).isEqualTo(Date.from(PERIOD_END));

		complete(task(GrantWithdrawalProcess.PRESENT_OBSERVATIONS, procedure));
		assertWaitingAtTask(procedure, GrantWithdrawalProcess.DECIDE_ON_WITHDRAWAL, "officer");
		assertThat(jobQuery().processInstanceId(procedure.getId()).count()).as("the timer is gone").isZero();

		decide(procedure, outcome);
		assertThat(procedure).isWaitingAtExactly(ISSUE_DECISION);
		executeJob(procedure, ISSUE_DECISION);

		assertThat(procedure).isEnded()
			.hasPassedInOrder(OPENED, ISSUE_NOTICE, GrantWithdrawalProcess.PRESENT_OBSERVATIONS,
					GrantWithdrawalProcess.DECIDE_ON_WITHDRAWAL, ISSUE_DECISION, GRANT_WITHDRAWN)
			.hasNotPassed(PERIOD_OVER, ISSUE_DROP, DROPPED);
		assertThat(issuedLetters).containsExactly("WITHDRAWAL_NOTICE", "WITHDRAWAL_DECISION");
	}

	@Test
	void theDecisionWaitsForTheEndOfThePeriodWhenNoObservationsCome() {
		ProcessInstance procedure = openAndNotify();

		ClockUtil.setCurrentTime(Date.from(PERIOD_END.minusSeconds(1)));
		assertThat(jobQuery().processInstanceId(procedure.getId()).executable().count())
			.as("nothing is due on the deadline's last day")
			.isZero();
		ClockUtil.setCurrentTime(Date.from(PERIOD_END.plus(Duration.ofMinutes(1))));
		assertThat(jobQuery().processInstanceId(procedure.getId()).executable().count()).isOne();
		managementService().executeJob(timer(procedure).getId());

		assertWaitingAtTask(procedure, GrantWithdrawalProcess.DECIDE_ON_WITHDRAWAL, "officer");
		assertThat(taskService().createTaskQuery()
			.processInstanceId(procedure.getId())
			.taskDefinitionKey(GrantWithdrawalProcess.PRESENT_OBSERVATIONS)
			.count()).as("the applicant's task is closed by the timer").isZero();
		decide(procedure, "WITHDRAW_FULL");
		executeJob(procedure, ISSUE_DECISION);
		assertThat(procedure).isEnded()
			.hasPassedInOrder(OPENED, ISSUE_NOTICE, PERIOD_OVER, GrantWithdrawalProcess.DECIDE_ON_WITHDRAWAL,
					ISSUE_DECISION, GRANT_WITHDRAWN);
	}

	@Test
	void aDroppedProcedureIsNotifiedWithTheDropLetter() {
		ProcessInstance procedure = openAndNotify();
		complete(task(GrantWithdrawalProcess.PRESENT_OBSERVATIONS, procedure));

		decide(procedure, "DROP");
		assertThat(procedure).isWaitingAtExactly(ISSUE_DROP);
		executeJob(procedure, ISSUE_DROP);

		assertThat(procedure).isEnded()
			.hasPassedInOrder(GrantWithdrawalProcess.DECIDE_ON_WITHDRAWAL, ISSUE_DROP, DROPPED)
			.hasNotPassed(ISSUE_DECISION, GRANT_WITHDRAWN);
		assertThat(issuedLetters).containsExactly("WITHDRAWAL_NOTICE", "WITHDRAWAL_DROPPED");
	}

	@Test
	void everyLetterKindOfTheModelIsAWithdrawalLetterOfTheLetterModule() {
		BpmnModelInstance model = repositoryService().getBpmnModelInstance(repositoryService()
			.createProcessDefinitionQuery()
			.processDefinitionKey(GrantWithdrawalProcess.KEY)
			.singleResult()
			.getId());

		assertThat(model.getModelElementsByType(CamundaInputParameter.class)
			.stream()
			.filter(parameter -> Variables.LETTER_KIND.equals(parameter.getCamundaName()))
			.map(parameter -> LetterKind.valueOf(parameter.getTextContent()))).containsExactlyInAnyOrderElementsOf(
					LETTER_KINDS);
	}

	/** As GrantWithdrawalProcessDriver starts it; the notice goes out in its own job, then the applicant may answer. */
	private ProcessInstance openAndNotify() {
		String reference = "DLE-2025-" + UUID.randomUUID().toString().substring(0, 4);
		ProcessInstance procedure = runtimeService().createProcessInstanceByKey(GrantWithdrawalProcess.KEY)
			.businessKey(GrantWithdrawalProcess.businessKey(reference, 1))
			.setVariables(Map.of(GrantWithdrawalProcess.WITHDRAWAL_PROCEDURE_ID, UUID.randomUUID().toString(),
					Variables.DOSSIER_ID, UUID.randomUUID().toString(), Variables.ORGANISATION_ID,
					UUID.randomUUID().toString(), Variables.REFERENCE, reference,
					GrantWithdrawalProcess.OBSERVATION_PERIOD_END, Date.from(PERIOD_END)))
			.execute();
		assertThat(procedure).isWaitingAtExactly(ISSUE_NOTICE);
		assertThat(issuedLetters).as("not in the officer's transaction").isEmpty();
		executeJob(procedure, ISSUE_NOTICE);
		assertThat(issuedLetters).containsExactly("WITHDRAWAL_NOTICE");
		return procedure;
	}

	private static void decide(ProcessInstance procedure, String outcome) {
		complete(task(GrantWithdrawalProcess.DECIDE_ON_WITHDRAWAL, procedure),
				withVariables(GrantWithdrawalProcess.WITHDRAWAL_OUTCOME, outcome));
	}

	private static void assertWaitingAtTask(ProcessInstance procedure, String taskKey, String candidateGroup) {
		assertThat(procedure).isWaitingAtExactly(taskKey);
		List<IdentityLink> links = taskService().getIdentityLinksForTask(task(taskKey, procedure).getId());
		assertThat(links).filteredOn(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
			.extracting(IdentityLink::getGroupId)
			.containsExactly(candidateGroup);
	}

	private static void executeJob(ProcessInstance procedure, String activityId) {
		Job job = jobQuery().processInstanceId(procedure.getId()).activityId(activityId).singleResult();
		assertThat(job).as("job at %s", activityId).isNotNull();
		managementService().executeJob(job.getId());
	}

	private static Job timer(ProcessInstance procedure) {
		Job timer = jobQuery().processInstanceId(procedure.getId()).activityId(PERIOD_OVER).timers().singleResult();
		assertThat(timer).as("timer of the observation period").isNotNull();
		return timer;
	}

}
