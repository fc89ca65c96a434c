package fr.metropolerouen.guichetess.clawback;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.shared.EuroAmount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Retrait et reversement")
class WithdrawalController {

	private final WithdrawalProcedures procedures;

	private final WithdrawalDecisions decisions;

	private final CurrentActor currentActor;

	WithdrawalController(WithdrawalProcedures procedures, WithdrawalDecisions decisions, CurrentActor currentActor) {
		this.procedures = procedures;
		this.decisions = decisions;
		this.currentActor = currentActor;
	}

	@PostMapping("/api/dossiers/{dossierId}/withdrawal-procedures")
	@Operation(summary = "Ouvrir une procédure de retrait de l'aide (procédure contradictoire)",
			description = "Sur une aide accordée, ou sur un dossier clos dont l'aide a été versée. Le bénéficiaire reçoit"
					+ " une notification d'intention de retrait et dispose du délai indiqué (15 jours par défaut) pour"
					+ " présenter ses observations (CRPA L.122-1). Une seule procédure ouverte par dossier.")
	ResponseEntity<WithdrawalProcedureView> open(@PathVariable UUID dossierId,
			@Valid @RequestBody OpeningForm form) {
		WithdrawalProcedureView opened = procedures.open(dossierId, form.trigger(), form.facts(),
				form.observationDays(), currentActor.get());
		return ResponseEntity.created(URI.create("/api/withdrawal-procedures/" + opened.id())).body(opened);
	}

	@GetMapping("/api/dossiers/{dossierId}/withdrawal-procedures")
	@Operation(summary = "Les procédures de retrait d'un dossier")
	List<WithdrawalProcedureView> ofDossier(@PathVariable UUID dossierId) {
		return procedures.ofDossier(dossierId, currentActor.get());
	}

	@GetMapping("/api/withdrawal-procedures/{id}")
	@Operation(summary = "Une procédure de retrait")
	WithdrawalProcedureView get(@PathVariable UUID id) {
		return procedures.get(id, currentActor.get());
	}

	@PostMapping("/api/withdrawal-procedures/{id}/observations")
	@Operation(summary = "Présenter ses observations avant la fin du délai",
			description = "Au plus tard le jour de la date limite ; les pièces citées doivent déjà être jointes au"
					+ " dossier. Après le délai : 409.")
	WithdrawalProcedureView observations(@PathVariable UUID id, @Valid @RequestBody ObservationsForm form) {
		return procedures.recordObservations(id, form.text(), form.documentIds(), currentActor.get());
	}

	@PostMapping("/api/withdrawal-procedures/{id}/decision")
	@Operation(summary = "Décider du retrait, une fois les observations reçues ou le délai expiré",
			description = "Retrait total, partiel (withdrawnAmount, inférieur à l'aide en vigueur) ou abandon, motivé"
					+ " en droit et en fait (CRPA L.211-2). Le retrait dégage d'abord ce qui reste à verser, puis émet"
					+ " un titre de recette pour ce qui a déjà été versé.")
	WithdrawalProcedureView decide(@PathVariable UUID id, @Valid @RequestBody DecisionForm form) {
		return decisions.decide(id, form.outcome(), form.withdrawnAmount(), form.motivation(), currentActor.get());
	}

	record OpeningForm(@NotNull(message = "est obligatoire") WithdrawalTrigger trigger,
			@NotBlank(message = "est obligatoire") @Size(max = 4000,
					message = "ne doit pas dépasser 4000 caractères") String facts,
			@Schema(description = "Délai en jours pour présenter des observations ; par défaut celui de la configuration")
			@Min(value = 1, message = "doit être d'au moins 1 jour") @Max(value = 90,
					message = "ne doit pas dépasser 90 jours") Integer observationDays) {
	}

	record ObservationsForm(@NotBlank(message = "est obligatoire") @Size(max = 4000,
			message = "ne doit pas dépasser 4000 caractères") String text,
			@Size(max = 20, message = "ne peut pas citer plus de 20 pièces") List<@NotNull UUID> documentIds) {
	}

	record DecisionForm(@NotNull(message = "est obligatoire") WithdrawalOutcome outcome,
			@EuroAmount BigDecimal withdrawnAmount,
			@NotBlank(message = "est obligatoire : la décision énonce ses considérations de droit et de fait")
			@Size(max = 8000, message = "ne doit pas dépasser 8000 caractères") String motivation) {
	}

}
