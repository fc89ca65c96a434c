package fr.metropolerouen.guichetess.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.account.Role;
import fr.metropolerouen.guichetess.workflow.DossierProcess.Variables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/**
 * The open tasks an actor may act on: those of the candidate group of its role and, for an applicant, only those
 * of its own organisation's dossiers.
 */
@Service
class OpenTasks {

	private static final int MAX_TASKS = 500;

	private static final Map<Role, String> GROUPS = Map.of(Role.APPLICANT, "applicant", Role.OFFICER, "officer",
			Role.COMMITTEE, "committee", Role.FINANCE, "finance");

	private final TaskService tasks;

	private final RuntimeService runtime;

	OpenTasks(TaskService tasks, RuntimeService runtime) {
		this.tasks = tasks;
		this.runtime = runtime;
	}

	List<TaskView> of(Actor actor, UUID dossierId) {
		return query(actor, dossierId).map(query -> views(query, 0, MAX_TASKS)).orElse(List.of());
	}

	/**
	 * One page of the open tasks, oldest first, and how many there are in all: with thousands of dossiers in
	 * progress, a client reads a page at a time instead of the first 500 tasks with their variables.
	 */
	TaskPage page(Actor actor, UUID dossierId, int page, int size) {
		Optional<TaskQuery> query = query(actor, dossierId);
		if (query.isEmpty()) {
			return new TaskPage(List.of(), 0);
		}
		List<TaskView> views = views(query.get(), Math.multiplyExact(page, size), size);
		long total = query.get().count();
		return new TaskPage(views, total);
	}

	private List<TaskView> views(TaskQuery query, int first, int max) {
		List<Task> open = query.orderByTaskCreateTime().asc().orderByTaskId().asc().listPage(first, max);
		Map<String, Map<String, Object>> variables = variablesOf(open);
		return open.stream()
			.flatMap(task -> view(task, variables.getOrDefault(task.getProcessInstanceId(), Map.of())).stream())
			.toList();
	}

	/** A page of tasks and the number of open tasks of the same query. */
	record TaskPage(List<TaskView> tasks, long total) {
	}

	private Optional<TaskQuery> query(Actor actor, UUID dossierId) {
		String group = GROUPS.get(actor.role());
		if (group == null) {
			return Optional.empty();
		}
		TaskQuery query = tasks.createTaskQuery().taskCandidateGroup(group).active();
		if (actor.isApplicant()) {
			query.processVariableValueEquals(Variables.ORGANISATION_ID, actor.organisationId().toString());
		}
		if (dossierId != null) {
			query.processVariableValueEquals(Variables.DOSSIER_ID, dossierId.toString());
		}
		return Optional.of(query);
	}

	private Optional<TaskView> view(Task task, Map<String, Object> variables) {
		return TaskKind.of(task.getTaskDefinitionKey())
			.map(kind -> new TaskView(task.getId(), uuid(variables.get(Variables.DOSSIER_ID)),
					(String) variables.get(Variables.REFERENCE), kind, task.getName(),
					task.getCreateTime().toInstant(), uuid(variables.get(PaymentRequestProcess.PAYMENT_REQUEST_ID)),
					uuid(variables.get(GrantWithdrawalProcess.WITHDRAWAL_PROCEDURE_ID))));
	}

	/** The identifiers of every task's process instance, in one query. */
	private Map<String, Map<String, Object>> variablesOf(List<Task> open) {
		if (open.isEmpty()) {
			return Map.of();
		}
		Set<String> instances = open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
		return runtime.createVariableInstanceQuery()
			.processInstanceIdIn(instances.toArray(String[]::new))
			.variableNameIn(Variables.DOSSIER_ID, Variables.REFERENCE, PaymentRequestProcess.PAYMENT_REQUEST_ID,
					GrantWithdrawalProcess.WITHDRAWAL_PROCEDURE_ID)
			.list()
			.stream()
			.filter(variable -> variable.getValue() != null)
			.collect(Collectors.groupingBy(VariableInstance::getProcessInstanceId,
					Collectors.toMap(VariableInstance::getName, VariableInstance::getValue, (a, b) -> a)));
	}

	private static UUID uuid(Object value) {
		return value == null ? null : UUID.fromString((String) value);
	}

}
