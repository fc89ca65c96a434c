package fr.metropolerouen.guichetess.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.dossier.Dossiers;
import fr.metropolerouen.guichetess.payment.PaymentRequests;
import fr.metropolerouen.guichetess.shared.NotFoundException;
import fr.metropolerouen.guichetess.workflow.DossierProcess.Variables;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The BPMN diagram of a dossier's process (or of a payment request's) for the officer's pages ({@code static/js/officer-diagram.js}):
 * the model's XML and the activities the instance is at now, with their names for the text alternative. A finished
 * process answers its model with no current activity.
 */
@RestController
class DossierProcessDiagram {

	private final RuntimeService runtime;

	private final HistoryService history;

	private final RepositoryService repository;

	private final Dossiers dossiers;

	private final PaymentRequests payments;

	private final CurrentActor currentActor;

	DossierProcessDiagram(RuntimeService runtime, HistoryService history, RepositoryService repository,
			Dossiers dossiers, PaymentRequests payments, CurrentActor currentActor) {
		this.payments = payments;
		this.runtime = runtime;
		this.history = history;
		this.repository = repository;
		this.dossiers = dossiers;
		this.currentActor = currentActor;
	}

	/** What the diagram shows: the model, the ids of the current activities and their names, in the same order. */
	record ProcessDiagram(String xml, List<String> activeActivityIds, List<String> activeActivityNames) {
	}

	@GetMapping("/instruction/dossiers/{id}/processus")
	ProcessDiagram diagram(@PathVariable UUID id) {
		dossiers.getVisible(id, currentActor.get());
		return diagram(DossierProcess.KEY, Variables.DOSSIER_ID, id);
	}

	/** The process of a payment request, for the liquidation page. */
	@GetMapping("/instruction/versements/{id}/processus")
	ProcessDiagram paymentDiagram(@PathVariable UUID id) {
		payments.get(id, currentActor.get());
		return diagram(PaymentRequestProcess.KEY, PaymentRequestProcess.PAYMENT_REQUEST_ID, id);
	}

	private ProcessDiagram diagram(String processKey, String idVariable, UUID id) {
		ProcessInstance running = runtime.createProcessInstanceQuery()
			.processDefinitionKey(processKey)
			.variableValueEquals(idVariable, id.toString())
			.active()
			.listPage(0, 1)
			.stream()
			.findFirst()
			.orElse(null);
		String definitionId;
		List<String> active;
		if (running != null) {
			definitionId = running.getProcessDefinitionId();
			active = runtime.getActiveActivityIds(running.getId());
		}
		else {
			HistoricProcessInstance finished = history.createHistoricProcessInstanceQuery()
				.processDefinitionKey(processKey)
				.variableValueEquals(idVariable, id.toString())
				.orderByProcessInstanceStartTime()
				.desc()
				.listPage(0, 1)
				.stream()
				.findFirst()
				.orElseThrow(() -> new NotFoundException("Aucun processus n'est enregistré pour cet objet."));
			definitionId = finished.getProcessDefinitionId();
			active = List.of();
		}
		BpmnModelInstance model = repository.getBpmnModelInstance(definitionId);
		List<String> names = active.stream().map(activity -> {
			FlowElement element = model.getModelElementById(activity);
			return element == null || element.getName() == null ? activity : element.getName();
		}).toList();
		return new ProcessDiagram(xml(definitionId), active, names);
	}

	private String xml(String definitionId) {
		try (InputStream bpmn = repository.getProcessModel(definitionId)) {
			return new String(bpmn.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
