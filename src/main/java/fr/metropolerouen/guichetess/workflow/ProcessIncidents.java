package fr.metropolerouen.guichetess.workflow;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.dossier.DossierJournal;
import fr.metropolerouen.guichetess.dossier.TechnicalIncident;
import fr.metropolerouen.guichetess.dossier.TechnicalIncidents;
import fr.metropolerouen.guichetess.dossier.TimelineAction;
import fr.metropolerouen.guichetess.shared.NotFoundException;
import fr.metropolerouen.guichetess.workflow.DossierProcess.Variables;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open incidents of the dossiers' processes, and their retry. Every process of a dossier (the dossier's own, its
 * payment requests', deadlines' and withdrawal procedures') carries the dossier's id as the {@code dossierId}
 * variable: that is how an incident is traced back to its dossier. A failed job becomes an incident once its retries
 * ({@code R5/PT5M} on each asynchronous step) are exhausted; a retry gives it one more attempt, due now, which the job
 * executor runs within seconds.
 */
@Service
public class ProcessIncidents implements TechnicalIncidents {

	/** The incident type of a job whose retries are exhausted (Camunda's {@code Incident.FAILED_JOB_HANDLER_TYPE}). */
	private static final String FAILED_JOB = Incident.FAILED_JOB_HANDLER_TYPE;

	private final RuntimeService runtime;

	private final ManagementService management;

	private final RepositoryService repository;

	private final DossierJournal journal;

	private final CurrentActor currentActor;

	/** Process definitions never change once deployed: their names are read once. */
	private final Map<String, ProcessDefinition> definitions = new ConcurrentHashMap<>();

	ProcessIncidents(RuntimeService runtime, ManagementService management, RepositoryService repository,
			DossierJournal journal, CurrentActor currentActor) {
		this.runtime = runtime;
		this.management = management;
		this.repository = repository;
		this.journal = journal;
		this.currentActor = currentActor;
	}

	/** Every open incident of a dossier's processes, oldest first. */
	public List<ProcessIncident> ofDossier(UUID dossierId) {
		return runtime.createProcessInstanceQuery()
			.variableValueEquals(Variables.DOSSIER_ID, dossierId.toString())
			.list()
			.stream()
			.flatMap(instance -> runtime.createIncidentQuery()
				.incidentType(FAILED_JOB)
				.processInstanceId(instance.getId())
				.list()
				.stream()
				.map(incident -> describe(incident, dossierId, instance)))
			.sorted(Comparator.comparing(ProcessIncident::occurredAt))
			.toList();
	}

	/** Every open incident of every dossier, oldest first (the operators' list). */
	public List<ProcessIncident> all() {
		return runtime.createIncidentQuery()
			.incidentType(FAILED_JOB)
			.orderByIncidentTimestamp()
			.asc()
			.list()
			.stream()
			.map(this::describe)
			.filter(Objects::nonNull)
			.toList();
	}

	@Override
	public List<TechnicalIncident> openOn(UUID dossierId) {
		return ofDossier(dossierId).stream()
			.map(incident -> new TechnicalIncident(incident.id(), incident.activityName(), incident.occurredAt()))
			.toList();
	}

	/**
	 * Gives the failed job of an incident of this dossier one more attempt, due now, and records who asked for it in
	 * the dossier's timeline. The incident disappears when the job is taken again; if the step fails once more, a new
	 * incident opens.
	 */
	@Transactional
	public ProcessIncident retry(UUID dossierId, String incidentId) {
		ProcessIncident incident = ofDossier(dossierId).stream()
			.filter(candidate -> candidate.id().equals(incidentId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Cet incident n'existe pas ou a déjà été résolu."));
		management.setJobRetries(1).jobId(incident.jobId()).dueDate(ClockUtil.now()).execute();
		journal.record(dossierId, currentActor.get(), TimelineAction.STEP_RETRIED,
				"Étape automatique relancée après un incident : « " + incident.activityName() + " » ("
						+ incident.message() + ")");
		return incident;
	}

	private ProcessIncident describe(Incident incident) {
		ProcessInstance instance = runtime.createProcessInstanceQuery()
			.processInstanceId(incident.getProcessInstanceId())
			.singleResult();
		Object dossierId = instance == null ? null : runtime.getVariable(instance.getId(), Variables.DOSSIER_ID);
		return dossierId == null ? null : describe(incident, UUID.fromString(dossierId.toString()), instance);
	}

	private ProcessIncident describe(Incident incident, UUID dossierId, ProcessInstance instance) {
		ProcessDefinition definition = definitions.computeIfAbsent(incident.getProcessDefinitionId(),
				id -> repository.createProcessDefinitionQuery().processDefinitionId(id).singleResult());
		Object reference = runtime.getVariable(instance.getId(), Variables.REFERENCE);
		return new ProcessIncident(incident.getId(), dossierId, reference == null ? null : reference.toString(),
				definition.getName() == null ? definition.getKey() : definition.getName(), incident.getActivityId(),
				activityName(incident), firstLine(incident.getIncidentMessage()),
				incident.getIncidentTimestamp().toInstant(), incident.getConfiguration());
	}

	private String activityName(Incident incident) {
		FlowElement element = repository.getBpmnModelInstance(incident.getProcessDefinitionId())
			.getModelElementById(incident.getActivityId());
		return element == null || element.getName() == null ? incident.getActivityId() : element.getName();
	}

	/** The failure's first line only: stack traces stay in the engine's tables and Cockpit, for administrators. */
	static String firstLine(String message) {
		if (message == null || message.isBlank()) {
			return "Erreur sans message";
		}
		String first = message.strip().lines().findFirst().orElse("");
		return first.length() > 300 ? first.substring(0, 300) + "…" : first;
	}

}
