package fr.metropolerouen.guichetess.workflow;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.shared.ConflictException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Moves a process instance on behalf of a domain change: completes the user task that the change answers, or
 * correlates a message. A step that is not open is a conflict (409), and the whole change is rolled back.
 */
@Component
class ProcessSteps {

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final CurrentActor currentActor;

	ProcessSteps(TaskService tasks, RuntimeService runtime, CurrentActor currentActor) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.currentActor = currentActor;
	}

	void start(String processKey, String businessKey, Map<String, Object> variables) {
		runtime.createProcessInstanceByKey(processKey).businessKey(businessKey).setVariables(variables).execute();
	}

	void complete(String processKey, String idVariable, UUID id, String taskKey, Map<String, Object> variables) {
		Task task = tasks.createTaskQuery()
			.processDefinitionKey(processKey)
			.processVariableValueEquals(idVariable, id.toString())
			.taskDefinitionKey(taskKey)
			.active()
			.singleResult();
		if (task == null) {
			throw new ConflictException("Cette étape n'est pas ouverte pour ce dossier en ce moment.");
		}
		try {
			// the engine's history then says which staff member completed each step (the steering module's analysis
			// per officer); an applicant's login is personal data, which the engine's history does not keep
			Actor actor = currentActor.get();
			if (actor.role().isStaff() && !Actor.SYSTEM.equals(actor)) {
				tasks.setAssignee(task.getId(), actor.username());
			}
			tasks.complete(task.getId(), variables);
		}
		catch (OptimisticLockingException e) {
			throw concurrentChange();
		}
	}

	/** The user task the instance of {@code id} waits on, if any (its definition key). */
	Optional<String> openTask(String processKey, String idVariable, UUID id) {
		return tasks.createTaskQuery()
			.processDefinitionKey(processKey)
			.processVariableValueEquals(idVariable, id.toString())
			.active()
			.list()
			.stream()
			.map(Task::getTaskDefinitionKey)
			.findFirst();
	}

	void correlate(String message, String idVariable, UUID id) {
		correlate(message, idVariable, id, Map.of());
	}

	/** Correlates a message that brings new values of process variables, set before the process moves on. */
	void correlate(String message, String idVariable, UUID id, Map<String, Object> variables) {
		try {
			runtime.createMessageCorrelation(message)
				.processInstanceVariableEquals(idVariable, id.toString())
				.setVariables(variables)
				.correlateWithResult();
		}
		catch (MismatchingMessageCorrelationException e) {
			throw new ConflictException("Le dossier n'attend pas cet événement en ce moment.");
		}
		catch (OptimisticLockingException e) {
			throw concurrentChange();
		}
	}

	/** Correlates a message to the process waiting for it, if one is: none waiting is not a conflict. */
	void correlateIfWaiting(String message, String idVariable, UUID id) {
		try {
			runtime.createMessageCorrelation(message)
				.processInstanceVariableEquals(idVariable, id.toString())
				.correlateAllWithResult();
		}
		catch (OptimisticLockingException e) {
			throw concurrentChange();
		}
	}

	private static ConflictException concurrentChange() {
		return new ConflictException(
				"Le dossier a été modifié au même moment par une autre action. Rechargez-le puis réessayez.");
	}

}
