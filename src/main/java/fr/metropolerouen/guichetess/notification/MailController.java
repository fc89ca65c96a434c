package fr.metropolerouen.guichetess.notification;

import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Courriels")
class MailController {

	private final MailDeliveries deliveries;

	private final CurrentActor currentActor;

	MailController(MailDeliveries deliveries, CurrentActor currentActor) {
		this.deliveries = deliveries;
		this.currentActor = currentActor;
	}

	@GetMapping("/api/dossiers/{dossierId}/mails")
	@Operation(summary = "Les courriels d'un dossier et l'état de leur envoi (en attente, envoyé, en échec)")
	List<MailView> ofDossier(@PathVariable UUID dossierId) {
		return deliveries.ofDossier(dossierId, currentActor.get());
	}

	@GetMapping("/api/mails")
	@Operation(summary = "Les courriels dans un état donné (par défaut : en échec), les plus anciens d'abord")
	List<MailView> withStatus(@RequestParam(defaultValue = "FAILED") MailStatus status) {
		return deliveries.withStatus(status);
	}

	@PostMapping("/api/mails/{id}/retry")
	@Operation(summary = "Renvoyer un courriel abandonné après trop de tentatives")
	MailView retry(@PathVariable UUID id) {
		return deliveries.retry(id);
	}

}
