package fr.metropolerouen.guichetess.payment;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.shared.EuroAmount;
import fr.metropolerouen.guichetess.shared.PlausibleDate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Versements")
class PaymentController {

	private final PaymentRequests payments;

	private final PaymentChain chain;

	private final CurrentActor currentActor;

	PaymentController(PaymentRequests payments, PaymentChain chain, CurrentActor currentActor) {
		this.payments = payments;
		this.chain = chain;
		this.currentActor = currentActor;
	}

	@PostMapping("/api/dossiers/{dossierId}/payment-requests")
	@Operation(summary = "Demander un versement, avec les justificatifs déjà joints au dossier",
			description = "Le montant demandé ne peut pas dépasser ce que les règles du dispositif rendent dû au vu "
					+ "des justificatifs. Avec un en-tête Idempotency-Key, une demande rejouée renvoie la demande "
					+ "déjà créée (200) au lieu d'en créer une seconde.")
	ResponseEntity<PaymentRequestView> request(@PathVariable UUID dossierId,
			@Parameter(description = "clé choisie par le client pour qu'une demande rejouée ne soit enregistrée qu'une fois")
			@RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String idempotencyKey,
			@Valid @RequestBody PaymentRequestForm form) {
		PaymentRequests.Claimed claimed = payments.request(dossierId,
				new PaymentClaim(form.kind(), form.amount(), form.justifiedExpenses(), form.proofDocumentIds(),
						form.leaseYear(), form.monthsOccupied()),
				idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip(), currentActor.get());
		PaymentRequestView request = claimed.request();
		return claimed.created() ? ResponseEntity.created(URI.create("/api/payment-requests/" + request.id())).body(request)
				: ResponseEntity.ok(request);
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

	@PostMapping("/api/payment-requests/{id}/liquidation")
	@Operation(summary = "Certifier le service fait et liquider le versement (chargé(e) de développement)",
			description = "Le montant liquidé est ce que les règles rendent dû sur les dépenses (ou loyers) retenues, "
					+ "plafonné par le montant demandé et le reste de l'aide ; un montant inférieur peut être fixé.")
	PaymentRequestView liquidate(@PathVariable UUID id, @Valid @RequestBody LiquidationForm form) {
		return chain.certify(id, new PaymentChain.Liquidation(form.acceptedExpenses(), form.monthsOccupied(),
				form.amount(), form.note()), currentActor.get());
	}

	@PostMapping("/api/payment-requests/{id}/payment-order")
	@Operation(summary = "Émettre le mandat de paiement d'un versement liquidé (service financier)")
	PaymentRequestView order(@PathVariable UUID id) {
		return chain.order(id, currentActor.get());
	}

	@PostMapping("/api/payment-requests/{id}/payment")
	@Operation(summary = "Enregistrer le paiement d'un mandat (service financier)",
			description = "Rejouer l'enregistrement avec la même référence de paiement ne paie pas une seconde fois.")
	PaymentRequestView recordPayment(@PathVariable UUID id, @Valid @RequestBody PaymentForm form) {
		return chain.recordPayment(id, form.paidOn(), form.paymentReference(), currentActor.get());
	}

	@PostMapping("/api/payment-requests/{id}/approve")
	@Operation(summary = "Valider et mettre en paiement en une fois (service financier)",
			description = "Premier chemin de l'API, conservé : liquidation, mandat et paiement en une étape. Le "
					+ "montant est contrôlé par les mêmes règles que la liquidation.")
	PaymentRequestView approve(@PathVariable UUID id, @Valid @RequestBody ApprovalForm form) {
		return chain.approve(id, form.amount(), currentActor.get());
	}

	@PostMapping("/api/payment-requests/{id}/reject")
	@Operation(summary = "Rejeter la demande de versement en donnant le motif",
			description = "À la liquidation (chargé(e) de développement ou service financier), ou par le service "
					+ "financier avant l'émission du mandat.")
	PaymentRequestView reject(@PathVariable UUID id, @Valid @RequestBody RejectionForm form) {
		return chain.reject(id, form.reason(), currentActor.get());
	}

	record PaymentRequestForm(@NotNull(message = "est obligatoire") PaymentKind kind,
			@NotNull(message = "est obligatoire") @Positive(message = "doit être strictement positif") @EuroAmount BigDecimal amount,
			@Positive(message = "doit être strictement positif") @EuroAmount BigDecimal justifiedExpenses,
			@Size(max = 50, message = "ne peut pas citer plus de 50 justificatifs") List<@NotNull UUID> proofDocumentIds,
			@Min(value = 1, message = "doit être au moins 1") @Max(value = 20, message = "doit être au plus 20") Integer leaseYear,
			@Min(value = 0, message = "doit être entre 0 et 12") @Max(value = 12, message = "doit être entre 0 et 12") Integer monthsOccupied) {
	}

	record LiquidationForm(
			@PositiveOrZero(message = "doit être positif ou nul") @EuroAmount BigDecimal acceptedExpenses,
			@Min(value = 0, message = "doit être entre 0 et 12") @Max(value = 12, message = "doit être entre 0 et 12") Integer monthsOccupied,
			@Positive(message = "doit être strictement positif") @EuroAmount BigDecimal amount,
			@Size(max = 1000, message = "ne doit pas dépasser 1000 caractères") String note) {
	}

	record PaymentForm(@NotNull(message = "est obligatoire") @PastOrPresent(message = "ne peut pas être dans le futur") @PlausibleDate LocalDate paidOn,
			@NotBlank(message = "est obligatoire") @Size(max = 60, message = "ne doit pas dépasser 60 caractères") String paymentReference) {
	}

	record ApprovalForm(
			@NotNull(message = "est obligatoire") @Positive(message = "doit être strictement positif") @EuroAmount BigDecimal amount) {
	}

	record RejectionForm(@NotBlank(message = "est obligatoire") @Size(max = 2000,
			message = "ne doit pas dépasser 2000 caractères") String reason) {
	}

}
