package fr.metropolerouen.guichetess.payment;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.shared.EuroAmount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Versements")
class PaymentController {

	private final PaymentRequests payments;

	private final CurrentActor currentActor;

	PaymentController(PaymentRequests payments, CurrentActor currentActor) {
		this.payments = payments;
		this.currentActor = currentActor;
	}

	@PostMapping("/api/dossiers/{dossierId}/payment-requests")
	@Operation(summary = "Demander un versement, avec les justificatifs déjà joints au dossier")
	ResponseEntity<PaymentRequestView> request(@PathVariable UUID dossierId,
			@Valid @RequestBody PaymentRequestForm form) {
		PaymentRequestView request = payments.request(dossierId, form.kind(), form.amount(), form.justifiedExpenses(),
				form.proofDocumentIds(), currentActor.get());
		return ResponseEntity.created(URI.create("/api/payment-requests/" + request.id())).body(request);
	}

	@GetMapping("/api/dossiers/{dossierId}/payment-requests")
	@Operation(summary = "Les demandes de versement d'un dossier")
	List<PaymentRequestView> ofDossier(@PathVariable UUID dossierId) {
		return payments.ofDossier(dossierId, currentActor.get());
	}

	@GetMapping("/api/payment-requests/{id}")
	@Operation(summary = "Une demande de versement")
	PaymentRequestView get(@PathVariable UUID id) {
		return payments.get(id, currentActor.get());
	}

	@PostMapping("/api/payment-requests/{id}/approve")
	@Operation(summary = "Valider le versement d'un montant au plus égal au montant demandé et au reste de l'aide")
	PaymentRequestView approve(@PathVariable UUID id, @Valid @RequestBody ApprovalForm form) {
		return payments.approve(id, form.amount(), currentActor.get());
	}

	@PostMapping("/api/payment-requests/{id}/reject")
	@Operation(summary = "Rejeter la demande de versement en donnant le motif")
	PaymentRequestView reject(@PathVariable UUID id, @Valid @RequestBody RejectionForm form) {
		return payments.reject(id, form.reason(), currentActor.get());
	}

	record PaymentRequestForm(@NotNull(message = "est obligatoire") PaymentKind kind,
			@NotNull(message = "est obligatoire") @Positive(message = "doit être strictement positif") @EuroAmount BigDecimal amount,
			@Positive(message = "doit être strictement positif") @EuroAmount BigDecimal justifiedExpenses,
			@Size(max = 50, message = "ne peut pas citer plus de 50 justificatifs") List<@NotNull UUID> proofDocumentIds) {
	}

	record ApprovalForm(
			@NotNull(message = "est obligatoire") @Positive(message = "doit être strictement positif") @EuroAmount BigDecimal amount) {
	}

	record RejectionForm(@NotBlank(message = "est obligatoire") @Size(max = 2000,
			message = "ne doit pas dépasser 2000 caractères") String reason) {
	}

}
