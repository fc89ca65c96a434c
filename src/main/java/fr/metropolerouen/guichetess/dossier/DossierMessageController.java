package fr.metropolerouen.guichetess.dossier;

import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Messages")
class DossierMessageController {

	private final DossierMessages messages;

	private final CurrentActor currentActor;

	DossierMessageController(DossierMessages messages, CurrentActor currentActor) {
		this.messages = messages;
		this.currentActor = currentActor;
	}

	@GetMapping("/api/dossiers/{dossierId}/messages")
	@Operation(summary = "Les messages échangés sur le dossier entre le porteur de projet et l'instruction")
	List<MessageView> list(@PathVariable UUID dossierId) {
		return messages.of(dossierId, currentActor.get());
	}

	@PostMapping("/api/dossiers/{dossierId}/messages")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Écrire un message sur un dossier déposé (porteur de projet ou chargé d'instruction) ; "
			+ "le message d'un chargé d'instruction est envoyé par courriel au porteur de projet")
	MessageView post(@PathVariable UUID dossierId, @Valid @RequestBody MessageRequest request) {
		return messages.post(dossierId, request.body(), currentActor.get());
	}

	record MessageRequest(@NotBlank(message = "est obligatoire")
	@Size(max = DossierMessages.MAX_LENGTH, message = "ne doit pas dépasser 4000 caractères") String body) {
	}

}
