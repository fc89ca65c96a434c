package fr.metropolerouen.guichetess.dossier;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.shared.EuroAmount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The officer's steps on a dossier. */
@RestController
@RequestMapping("/api/dossiers/{id}")
@Tag(name = "Instruction")
class InstructionController {

	private final DossierInstruction instruction;

	private final DossierDetailsAssembler assembler;

	private final CurrentActor currentActor;

	InstructionController(DossierInstruction instruction, DossierDetailsAssembler assembler,
			CurrentActor currentActor) {
		this.instruction = instruction;
		this.assembler = assembler;
		this.currentActor = currentActor;
	}

	@PostMapping("/completeness")
	@Transactional
	@Operation(summary = "Déclarer le dossier complet, ou demander les pièces manquantes avec un message")
	DossierDetails completeness(@PathVariable UUID id, @Valid @RequestBody CompletenessRequest request) {
		Actor officer = currentActor.get();
		return assembler.details(instruction.recordCompleteness(id, request.complete(), request.missingDocuments(),
				request.message(), officer), officer);
	}

	@PostMapping("/eligibility-confirmation")
	@Transactional
	@Operation(summary = "Confirmer l'inéligibilité (refus) ou la lever avec une justification écrite")
	DossierDetails eligibilityConfirmation(@PathVariable UUID id,
			@Valid @RequestBody EligibilityConfirmationRequest request) {
		Actor officer = currentActor.get();
		return assembler.details(instruction.decideOnIneligibility(id, request.confirmIneligible(),
				request.justification(), officer), officer);
	}

	@PostMapping("/review")
	@Transactional
	@Operation(summary = "Terminer l'instruction : montant proposé au Bureau et avis ; proposer plus que le montant "
			+ "suggéré exige une justification")
	DossierDetails review(@PathVariable UUID id, @Valid @RequestBody ReviewRequest request) {
		Actor officer = currentActor.get();
		return assembler.details(instruction.recordReview(id, request.proposedAmount(), request.opinion(),
				request.justification(), officer), officer);
	}

	record CompletenessRequest(@NotNull(message = "est obligatoire") Boolean complete,
			@Size(max = 30, message = "ne peut pas lister plus de 30 pièces") List<@NotBlank(
					message = "ne peut pas contenir une pièce vide") @Size(max = 60,
							message = "ne peut pas contenir un code de pièce de plus de 60 caractères") String> missingDocuments,
			@Size(max = 4000, message = "ne doit pas dépasser 4000 caractères") String message) {
	}

	record EligibilityConfirmationRequest(@NotNull(message = "est obligatoire") Boolean confirmIneligible,
			@Size(max = 4000, message = "ne doit pas dépasser 4000 caractères") String justification) {
	}

	record ReviewRequest(
			@NotNull(message = "est obligatoire") @Positive(message = "doit être strictement positif") @EuroAmount BigDecimal proposedAmount,
			@NotBlank(message = "est obligatoire") @Size(max = 4000, message = "ne doit pas dépasser 4000 caractères") String opinion,
			@Size(max = 4000, message = "ne doit pas dépasser 4000 caractères") String justification) {
	}

}
