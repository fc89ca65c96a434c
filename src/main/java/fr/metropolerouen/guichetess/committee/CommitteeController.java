package fr.metropolerouen.guichetess.committee;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.shared.EuroAmount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/committee-sessions")
@Tag(name = "Bureau métropolitain")
class CommitteeController {

	private final CommitteeSessions sessions;

	private final CurrentActor currentActor;

	CommitteeController(CommitteeSessions sessions, CurrentActor currentActor) {
		this.sessions = sessions;
		this.currentActor = currentActor;
	}

	@PostMapping
	@Operation(summary = "Créer une séance")
	ResponseEntity<SessionView> create(@Valid @RequestBody CreateSessionRequest request) {
		SessionView session = sessions.create(request.date(), request.title(), currentActor.get());
		return ResponseEntity.created(URI.create("/api/committee-sessions/" + session.id())).body(session);
	}

	@GetMapping
	@Operation(summary = "Les séances, de la plus récente à la plus ancienne")
	List<SessionView> list() {
		return sessions.list();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Une séance et son ordre du jour")
	SessionView get(@PathVariable UUID id) {
		return sessions.get(id);
	}

	@PostMapping("/{id}/agenda")
	@Operation(summary = "Inscrire des dossiers instruits à l'ordre du jour, dans l'ordre donné")
	SessionView agenda(@PathVariable UUID id, @Valid @RequestBody AgendaRequest request) {
		return sessions.addToAgenda(id, request.dossierIds(), currentActor.get());
	}

	@PostMapping("/{id}/decisions")
	@Operation(summary = "Enregistrer la décision du Bureau sur un dossier : accord (montant), refus (motifs), ajournement")
	SessionView decide(@PathVariable UUID id, @Valid @RequestBody DecisionRequest request) {
		return sessions.decide(id, request.dossierId(), request.outcome(), request.amount(), request.reasons(),
				currentActor.get());
	}

	record CreateSessionRequest(@NotNull(message = "est obligatoire") LocalDate date,
			@NotBlank(message = "est obligatoire") @Size(max = 200, message = "ne doit pas dépasser 200 caractères") String title) {
	}

	record AgendaRequest(@NotEmpty(message = "doit contenir au moins un dossier")
	@Size(max = 200, message = "ne peut pas dépasser 200 dossiers") List<@NotNull UUID> dossierIds) {
	}

	record DecisionRequest(@NotNull(message = "est obligatoire") UUID dossierId,
			@NotNull(message = "est obligatoire") DecisionOutcome outcome, @EuroAmount BigDecimal amount,
			@Size(max = 4000, message = "ne doivent pas dépasser 4000 caractères") String reasons) {
	}

}
