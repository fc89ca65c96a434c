package fr.metropolerouen.guichetess.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.workflow.DossierProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code processes/lapse/GrantDeadlineProcess.bpmn}, path by path, on a standalone engine: the delegates are mocks
 * that record what they were called for, every job is executed by the test, and the dates are reached by moving the
 * engine clock.
 */
@Deployment(resources = "processes/lapse/GrantDeadlineProcess.bpmn")
class GrantDeadlineProcessTests {

	@RegisterExtension
	static final ProcessEngineExtension engine = ProcessTestEngine.extension();

	private static final String DEADLINE_RUNNING = "SubProcess_DeadlineRunning";

	private static final String WARNING_DATE = "TimerEvent_WarningDate";

	private static final String WARN_BENEFICIARY = "Task_WarnBeneficiary";

	private static final String DUE_DATE_PASSED = "TimerEvent_DueDatePassed";

	private static final String DECLARE_LAPSE = "Task_DeclareLapse";

	private static final String DEADLINE_PASSED = "EndEvent_DeadlinePassed";

	private static final String DEADLINE_CLOSED = "EndEvent_DeadlineClosed";

	private static final String EXTENDED = "BoundaryEvent_DeadlineExtended";

	/** The grant's decision; the deadline 12 months later, the warning one month before. */
	private static final LocalDate DECISION = LocalDate.of(2025, 1, 15);

	private static final LocalDate DUE_ON = DECISION.plusMonths(12);

	private static final LocalDate WARN_ON = DUE_ON.minusMonths(1);

	private final JavaDelegate warnBeforeLapse = mock(JavaDelegate.class);

	private final JavaDelegate declareLapse = mock(JavaDelegate.class);

	/** Which delegate ran, in order, for which deadline. */
	private final List<String> calls = new ArrayList<>();

	@BeforeEach
	void registerMocks() throws Exception {
		BpmnAwareTests.init(engine.getProcessEngine());
		record(warnBeforeLapse, WARN_BENEFICIARY);
		record(declareLapse, DECLARE_LAPSE);
		Mocks.register("warnBeforeLapseDelegate", warnBeforeLapse);
		Mocks.register("declareLapseDelegate", declareLapse);
		ClockUtil.setCurrentTime(at(DECISION));
	}

	@AfterEach
	void resetMocks() {
		Mocks.reset();
		BpmnAwareTests.reset();
	}

	@Test
	void theBeneficiaryIsWarnedAMonthBeforeThenTheGrantLapsesWhenTheDeadlinePasses() {
		ProcessInstance deadline = setDeadline(WARN_ON, DUE_ON);
		assertThat(deadline).isWaitingAtExactly(DEADLINE_RUNNING, WARNING_DATE);
		assertThat(timer(deadline).getDuedate()).isEqualTo(GrantDeadlineProcess.warningTime(WARN_ON));

		ClockUtil.setCurrentTime(at(WARN_ON.minusDays(1)));
		assertThat(dueJobs(deadline)).isEmpty();

		ClockUtil.setCurrentTime(at(WARN_ON));
		executeDueJob(deadline, WARNING_DATE);
		// the letter goes out in its own job, retried on its own if it fails
		assertThat(deadline).isWaitingAtExactly(DEADLINE_RUNNING, WARN_BENEFICIARY);
		executeDueJob(deadline, WARN_BENEFICIARY);
		assertThat(calls).containsExactly(WARN_BENEFICIARY + ":" + deadlineIdOf(deadline));
		assertThat(deadline).isWaitingAtExactly(DEADLINE_RUNNING, DUE_DATE_PASSED);
		// the beneficiary may act until the end of the due day
		assertThat(timer(deadline).getDuedate()).isEqualTo(GrantDeadlineProcess.lapseTime(DUE_ON));
		assertThat(GrantDeadlineProcess.lapseTime(DUE_ON)).isEqualTo(Date.from(Instant.parse("2026-01-15T23:00:00Z")));

		ClockUtil.setCurrentTime(at(DUE_ON));
		assertThat(dueJobs(deadline)).isEmpty();

		ClockUtil.setCurrentTime(at(DUE_ON.plusDays(1)));
		executeDueJob(deadline, DUE_DATE_PASSED);
		executeDueJob(deadline, DECLARE_LAPSE);

		assertThat(calls).containsExactly(WARN_BENEFICIARY + ":" + deadlineIdOf(deadline),
				DECLARE_LAPSE + ":" + deadlineIdOf(deadline));
		assertThat(deadline).isEnded()
			.hasPassedInOrder(WARNING_DATE, WARN_BENEFICIARY, DUE_DATE_PASSED, DECLARE_LAPSE, DEADLINE_PASSED)
			.hasNotPassed(DEADLINE_CLOSED);
	}

	@Test
	void aDeadlineMetBeforeTheWarningEndsWithoutLetterNorLapse() {
		ProcessInstance deadline = setDeadline(WARN_ON, DUE_ON);
		ClockUtil.setCurrentTime(at(DECISION.plusMonths(3)));

		closeDeadline(deadline);

		assertThat(deadline).isEnded().hasPassed(DEADLINE_CLOSED).hasNotPassed(WARN_BENEFICIARY, DECLARE_LAPSE);
		// its timers went with it: nothing fires later
		assertThat(jobQuery().processInstanceId(deadline.getId()).count()).isZero();
		verifyNoInteractions(warnBeforeLapse, declareLapse);
	}

	@Test
	void aDeadlineMetOnceTheLapseIsDueStopsTheLapseJob() {
		ProcessInstance deadline = setDeadline(WARN_ON, DUE_ON);
		ClockUtil.setCurrentTime(at(DUE_ON.plusDays(1)));
		executeDueJob(deadline, WARNING_DATE);
		executeDueJob(deadline, WARN_BENEFICIARY);
		executeDueJob(deadline, DUE_DATE_PASSED);
		assertThat(deadline).isWaitingAtExactly(DEADLINE_RUNNING, DECLARE_LAPSE);

		// the payment request arrives before the job executor reached the lapse
		closeDeadline(deadline);

		assertThat(deadline).isEnded().hasPassed(DEADLINE_CLOSED).hasNotPassed(DEADLINE_PASSED);
		verifyNoInteractions(declareLapse);
	}

	@Test
	void anExtendedDeadlineIsWarnedAgainAndLapsesOnlyAtItsNewDate() {
		ProcessInstance deadline = setDeadline(WARN_ON, DUE_ON);
		ClockUtil.setCurrentTime(at(WARN_ON));
		executeDueJob(deadline, WARNING_DATE);
		executeDueJob(deadline, WARN_BENEFICIARY);
		assertThat(deadline).isWaitingAtExactly(DEADLINE_RUNNING, DUE_DATE_PASSED);

		LocalDate newDueOn = DUE_ON.plusMonths(6);
		extend(deadline, newDueOn.minusMonths(1), newDueOn);
		// the deadline starts again from its new dates
		assertThat(deadline).isWaitingAtExactly(DEADLINE_RUNNING, WARNING_DATE).hasPassed(EXTENDED);
		assertThat(timer(deadline).getDuedate()).isEqualTo(GrantDeadlineProcess.warningTime(newDueOn.minusMonths(1)));

		ClockUtil.setCurrentTime(at(DUE_ON.plusDays(1)));
		assertThat(dueJobs(deadline)).as("nothing due at the former date").isEmpty();

		ClockUtil.setCurrentTime(at(newDueOn.minusMonths(1)));
		executeDueJob(deadline, WARNING_DATE);
		executeDueJob(deadline, WARN_BENEFICIARY);
		ClockUtil.setCurrentTime(at(newDueOn.plusDays(1)));
		executeDueJob(deadline, DUE_DATE_PASSED);
		executeDueJob(deadline, DECLARE_LAPSE);

		String id = deadlineIdOf(deadline);
		assertThat(calls).containsExactly(WARN_BENEFICIARY + ":" + id, WARN_BENEFICIARY + ":" + id,
				DECLARE_LAPSE + ":" + id);
		assertThat(deadline).isEnded().hasPassed(DEADLINE_PASSED);
	}

	@Test
	void anExtensionToADateLessThanAMonthAwayStillWarnsBeforeTheLapse() {
		ProcessInstance deadline = setDeadline(WARN_ON, DUE_ON);
		ClockUtil.setCurrentTime(at(DUE_ON.minusDays(3)));
		executeDueJob(deadline, WARNING_DATE);
		executeDueJob(deadline, WARN_BENEFICIARY);

		LocalDate newDueOn = DUE_ON.plusDays(10);
		extend(deadline, newDueOn.minusMonths(1), newDueOn);
		// the new warning date is already past: its timer is due at once, and the lapse timer waits behind it
		assertThat(dueJobs(deadline)).containsExactly(WARNING_DATE);

		ClockUtil.setCurrentTime(at(newDueOn.plusDays(1)));
		executeDueJob(deadline, WARNING_DATE);
		executeDueJob(deadline, WARN_BENEFICIARY);
		executeDueJob(deadline, DUE_DATE_PASSED);
		executeDueJob(deadline, DECLARE_LAPSE);

		String id = deadlineIdOf(deadline);
		assertThat(calls).containsExactly(WARN_BENEFICIARY + ":" + id, WARN_BENEFICIARY + ":" + id,
				DECLARE_LAPSE + ":" + id);
		assertThat(deadline).isEnded();
	}

	// Driving the process, as GrantDeadlineProcessDriver does

	private static ProcessInstance setDeadline(LocalDate warnOn, LocalDate dueOn) {
		String reference = "DIE-2025-" + UUID.randomUUID().toString().substring(0, 4);
		return runtimeService().createProcessInstanceByKey(GrantDeadlineProcess.KEY)
			.businessKey(reference + "-FIRST_PAYMENT_REQUEST")
			.setVariables(Map.of(GrantDeadlineProcess.DEADLINE_ID, UUID.randomUUID().toString(), Variables.DOSSIER_ID,
					UUID.randomUUID().toString(), Variables.REFERENCE, reference, GrantDeadlineProcess.WARNING_TIME,
					GrantDeadlineProcess.warningTime(warnOn), GrantDeadlineProcess.LAPSE_TIME,
					GrantDeadlineProcess.lapseTime(dueOn)))
			.execute();
	}

	private static void extend(ProcessInstance deadline, LocalDate warnOn, LocalDate dueOn) {
		runtimeService().createMessageCorrelation(GrantDeadlineProcess.DEADLINE_EXTENDED)
			.processInstanceVariableEquals(GrantDeadlineProcess.DEADLINE_ID, deadlineIdOf(deadline))
			.setVariables(Map.of(GrantDeadlineProcess.WARNING_TIME, GrantDeadlineProcess.warningTime(warnOn),
					GrantDeadlineProcess.LAPSE_TIME, GrantDeadlineProcess.lapseTime(dueOn)))
			.correlateWithResult();
	}

	private static void closeDeadline(ProcessInstance deadline) {
		runtimeService().createMessageCorrelation(GrantDeadlineProcess.DEADLINE_CLOSED)
			.processInstanceVariableEquals(GrantDeadlineProcess.DEADLINE_ID, deadlineIdOf(deadline))
			.correlateWithResult();
	}

	private void record(JavaDelegate delegate, String activityId) throws Exception {
		doAnswer(invocation -> {
			DelegateExecution execution = invocation.getArgument(0);
			calls.add(activityId + ":" + execution.getVariable(GrantDeadlineProcess.DEADLINE_ID));
			return null;
		}).when(delegate).execute(any());
	}

	// Reading the engine

	/** Runs the job of the activity, which must be due now on the engine clock. */
	private static void executeDueJob(ProcessInstance deadline, String activityId) {
		assertThat(dueJobs(deadline)).as("due jobs").contains(activityId);
		Job job = jobQuery().processInstanceId(deadline.getId()).activityId(activityId).executable().singleResult();
		managementService().executeJob(job.getId());
	}

	private static Job timer(ProcessInstance deadline) {
		Job timer = jobQuery().processInstanceId(deadline.getId()).timers().singleResult();
		assertThat(timer).as("the deadline's timer").isNotNull();
		return timer;
	}

	/** The jobs a job executor would pick up now, on the engine clock. */
	private static List<String> dueJobs(ProcessInstance deadline) {
		return jobQuery().processInstanceId(deadline.getId())
			.executable()
			.list()
			.stream()
			.map(job -> managementService().createJobDefinitionQuery()
				.jobDefinitionId(job.getJobDefinitionId())
				.singleResult()
				.getActivityId())
			.toList();
	}

	private static String deadlineIdOf(ProcessInstance deadline) {
		return (String) BpmnAwareTests.historyService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(deadline.getId())
			.variableName(GrantDeadlineProcess.DEADLINE_ID)
			.singleResult()
			.getValue();
	}

	/** Noon on that day in the Métropole: well inside the day, whatever the time zone of the JVM. */
	private static Date at(LocalDate day) {
		return Date.from(day.atTime(12, 0).atZone(FrenchFormat.ZONE).toInstant());
	}

}
