package fr.metropolerouen.guichetess.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.metropolerouen.guichetess.workflow.DossierProcess.Variables;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code processes/payment/PaymentRequestProcess.bpmn}: the officer certifies the service done, finance issues the
 * payment order and records the payment; a request may be rejected at the first two steps.
 */
@Deployment(resources = "processes/payment/PaymentRequestProcess.bpmn")
class PaymentRequestProcessTests {

	@RegisterExtension
	static final ProcessEngineExtension engine = ProcessTestEngine.extension();

	private static final String REQUESTED = "StartEvent_PaymentRequested";

	private static final String PAYMENT_APPROVED = "EndEvent_PaymentApproved";

	private static final String PAYMENT_REJECTED = "EndEvent_PaymentRejected";

	private static final String FINANCE = "finance";

	private static final String OFFICER = "officer";

	@BeforeEach
	void useEngine() {
		BpmnAwareTests.init(engine.getProcessEngine());
	}

	@AfterEach
	void resetEngine() {
		BpmnAwareTests.reset();
	}

	@Test
	void aRequestGoesThroughLiquidationPaymentOrderAndPaymentToItsEnd() {
		ProcessInstance request = requestPayment();
		assertWaitingFor(request, PaymentRequestProcess.CERTIFY_SERVICE_DONE, OFFICER);

		complete(task(PaymentRequestProcess.CERTIFY_SERVICE_DONE, request),
				withVariables(PaymentRequestProcess.SERVICE_DONE, true));
		assertWaitingFor(request, PaymentRequestProcess.ISSUE_PAYMENT_ORDER, FINANCE);

		complete(task(PaymentRequestProcess.ISSUE_PAYMENT_ORDER, request),
				withVariables(PaymentRequestProcess.ORDER_ISSUED, true));
		assertWaitingFor(request, PaymentRequestProcess.RECORD_PAYMENT, FINANCE);

		complete(task(PaymentRequestProcess.RECORD_PAYMENT, request));
		assertThat(request).isEnded()
			.hasPassedInOrder(REQUESTED, PaymentRequestProcess.CERTIFY_SERVICE_DONE,
					PaymentRequestProcess.ISSUE_PAYMENT_ORDER, PaymentRequestProcess.RECORD_PAYMENT, PAYMENT_APPROVED)
			.hasNotPassed(PAYMENT_REJECTED);
	}

	@Test
	void aRequestRejectedAtTheLiquidationEndsWithoutAnOrder() {
		ProcessInstance request = requestPayment();

		complete(task(PaymentRequestProcess.CERTIFY_SERVICE_DONE, request),
				withVariables(PaymentRequestProcess.SERVICE_DONE, false));

		assertThat(request).isEnded()
			.hasPassedInOrder(REQUESTED, PaymentRequestProcess.CERTIFY_SERVICE_DONE, PAYMENT_REJECTED)
			.hasNotPassed(PaymentRequestProcess.ISSUE_PAYMENT_ORDER, PAYMENT_APPROVED);
	}

	@Test
	void aRequestRejectedByFinanceBeforeTheOrderEndsUnpaid() {
		ProcessInstance request = requestPayment();
		complete(task(PaymentRequestProcess.CERTIFY_SERVICE_DONE, request),
				withVariables(PaymentRequestProcess.SERVICE_DONE, true));

		complete(task(PaymentRequestProcess.ISSUE_PAYMENT_ORDER, request),
				withVariables(PaymentRequestProcess.ORDER_ISSUED, false));

		assertThat(request).isEnded()
			.hasPassedInOrder(REQUESTED, PaymentRequestProcess.CERTIFY_SERVICE_DONE,
					PaymentRequestProcess.ISSUE_PAYMENT_ORDER, PAYMENT_REJECTED)
			.hasNotPassed(PaymentRequestProcess.RECORD_PAYMENT, PAYMENT_APPROVED);
	}

	/** As PaymentProcessDriver starts it: business key "reference-Vnumber", ids as strings. */
	private static ProcessInstance requestPayment() {
		String reference = "ESS-2025-" + UUID.randomUUID().toString().substring(0, 4);
		return runtimeService().createProcessInstanceByKey(PaymentRequestProcess.KEY)
			.businessKey(reference + "-V1")
			.setVariables(Map.of(PaymentRequestProcess.PAYMENT_REQUEST_ID, UUID.randomUUID().toString(),
					Variables.DOSSIER_ID, UUID.randomUUID().toString(), Variables.REFERENCE, reference))
			.execute();
	}

	private static void assertWaitingFor(ProcessInstance request, String taskKey, String group) {
		assertThat(request).isWaitingAtExactly(taskKey);
		// a person decides: nothing runs in the background
		assertThat(jobQuery().processInstanceId(request.getId()).count()).isZero();
		List<IdentityLink> links = taskService().getIdentityLinksForTask(task(taskKey, request).getId());
		assertThat(links).filteredOn(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
			.extracting(IdentityLink::getGroupId)
			.containsExactly(group);
	}

}
