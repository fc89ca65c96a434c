package fr.metropolerouen.guichetess.agreement;

import java.time.LocalDate;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.shared.PlausibleDate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Conventions d'attribution")
class GrantAgreementController {

	private final GrantAgreements agreements;

	private final CurrentActor currentActor;

	GrantAgreementController(GrantAgreements agreements, CurrentActor currentActor) {
		this.agreements = agreements;
		this.currentActor = currentActor;
	}

	@GetMapping("/api/dossiers/{dossierId}/grant-agreement")
	@Operation(summary = "La convention d'attribution du dossier et ses signatures")
	GrantAgreementView get(@PathVariable UUID dossierId) {
		return agreements.of(dossierId, currentActor.get());
	}

	@PostMapping("/api/dossiers/{dossierId}/grant-agreement/signature")
	@Operation(summary = "Remettre la convention signée, déjà déposée comme pièce SIGNED_GRANT_AGREEMENT")
	GrantAgreementView sign(@PathVariable UUID dossierId, @Valid @RequestBody SignatureRequest request) {
		return agreements.signByBeneficiary(dossierId, request.documentId(), currentActor.get());
	}

	@PostMapping("/api/dossiers/{dossierId}/grant-agreement/countersignature")
	@Operation(summary = "Enregistrer la contresignature de la Métropole, à la date portée sur la convention")
	GrantAgreementView countersign(@PathVariable UUID dossierId, @Valid @RequestBody CountersignatureRequest request) {
		return agreements.countersign(dossierId, request.signedOn(), currentActor.get());
	}

	record SignatureRequest(@NotNull(message = "est obligatoire") UUID documentId) {
	}

	record CountersignatureRequest(@NotNull(message = "est obligatoire") @PlausibleDate LocalDate signedOn) {
	}

}
