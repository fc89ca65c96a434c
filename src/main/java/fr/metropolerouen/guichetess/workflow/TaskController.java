package fr.metropolerouen.guichetess.workflow;

import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Tâches")
@Validated
class TaskController {

	static final String TOTAL_COUNT = "X-Total-Count";

	private static final int DEFAULT_PAGE_SIZE = 100;

	private final OpenTasks openTasks;

	private final CurrentActor currentActor;

	TaskController(OpenTasks openTasks, CurrentActor currentActor) {
		this.openTasks = openTasks;
		this.currentActor = currentActor;
	}

	@GetMapping("/api/tasks")
	@Operation(summary = "Les tâches ouvertes sur lesquelles l'utilisateur peut agir, les plus anciennes d'abord",
			description = "Sans page ni size : les 500 plus anciennes. Avec page (à partir de 0) ou size (1 à 500, "
					+ "100 par défaut) : cette page, et le nombre total de tâches ouvertes dans l'en-tête X-Total-Count.")
	ResponseEntity<List<TaskView>> tasks(@RequestParam(required = false) UUID dossierId,
			@RequestParam(required = false) @Min(value = 0, message = "doit être positif ou nul")
			@Max(value = 1_000_000, message = "ne peut pas dépasser 1000000") Integer page,
			@RequestParam(required = false) @Min(value = 1, message = "doit être au moins 1")
			@Max(value = 500, message = "ne peut pas dépasser 500") Integer size) {
		if (page == null && size == null) {
			return ResponseEntity.ok(openTasks.of(currentActor.get(), dossierId));
		}
		OpenTasks.TaskPage found = openTasks.page(currentActor.get(), dossierId, page == null ? 0 : page,
				size == null ? DEFAULT_PAGE_SIZE : size);
		return ResponseEntity.ok().header(TOTAL_COUNT, Long.toString(found.total())).body(found.tasks());
	}

}
