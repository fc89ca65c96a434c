package fr.metropolerouen.guichetess.workflow;

import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Tâches")
class TaskController {

	private final OpenTasks openTasks;

	private final CurrentActor currentActor;

	TaskController(OpenTasks openTasks, CurrentActor currentActor) {
		this.openTasks = openTasks;
		this.currentActor = currentActor;
	}

	@GetMapping("/api/tasks")
	@Operation(summary = "Les tâches ouvertes sur lesquelles l'utilisateur peut agir, les plus anciennes d'abord")
	List<TaskView> tasks(@RequestParam(required = false) UUID dossierId) {
		return openTasks.of(currentActor.get(), dossierId);
	}

}
