package fr.metropolerouen.guichetess.lapse;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.shared.PlausibleDate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Échéances et caducité")
class GrantDeadlineController {

	private final GrantDeadlines deadlines;

	private final CurrentActor currentActor;

	GrantDeadlineController(GrantDeadlines deadlines, CurrentActor currentActor) {
		this.deadlines = deadlines;
		this.currentActor = currentActor;
	}

	@GetMapping("/api/dossiers/{dossierId}/deadlines")
	@Operation(summary = "Les échéances de l'aide accordée : dates, avertissement, prolongation, caducité")
	List<GrantDeadlineView> list(@PathVariable UUID dossierId) {
		return deadlines.of(dossierId, currentActor.get());
	}

	@PostMapping("/api/dossiers/{dossierId}/deadlines/{kind}/extension")
	@Operation(summary = "Prolonger une échéance en cours, une seule fois, avec un motif",
			description = "409 si l'échéance a déjà été prolongée ou n'est plus en cours.")
	GrantDeadlineView extend(@PathVariable UUID dossierId, @PathVariable DeadlineKind kind,
			@Valid @RequestBody ExtensionRequest request) {
		return deadlines.extend(dossierId, kind, request.newDueOn(), request.reason(), currentActor.get());
	}

	record ExtensionRequest(@NotNull(message = "est obligatoire") @PlausibleDate LocalDate newDueOn,
			@NotBlank(message = "est obligatoire")
			@Size(max = 2000, message = "ne doit pas dépasser 2000 caractères") String reason) {
	}

}
