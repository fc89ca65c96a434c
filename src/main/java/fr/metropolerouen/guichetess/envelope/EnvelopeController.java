package fr.metropolerouen.guichetess.envelope;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.shared.EuroAmount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/envelopes")
@Tag(name = "Enveloppes")
@Validated
class EnvelopeController {

	private final EnvelopeLedger ledger;

	private final PaymentSchedules schedules;

	private final CurrentActor currentActor;

	EnvelopeController(EnvelopeLedger ledger, PaymentSchedules schedules, CurrentActor currentActor) {
		this.ledger = ledger;
		this.schedules = schedules;
		this.currentActor = currentActor;
	}

	@GetMapping
	@Operation(summary = "Les enveloppes, toutes ou d'une année")
	List<EnvelopeView> list(@RequestParam(required = false) Integer year) {
		return ledger.list(year);
	}

	@PostMapping
	@Operation(summary = "Ouvrir l'enveloppe d'un dispositif pour une année")
	ResponseEntity<EnvelopeView> open(@Valid @RequestBody OpenEnvelopeRequest request) {
		EnvelopeView envelope = ledger.open(request.scheme(), request.year(), request.allocated(),
				blankToNull(request.deliberationReference()), blankToNull(request.note()), currentActor.get());
		return ResponseEntity.created(URI.create("/api/envelopes/" + envelope.id())).body(envelope);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Une enveloppe : alloué, engagé, dégagé, versé, disponible, reste à payer")
	EnvelopeView get(@PathVariable UUID id) {
		return ledger.get(id);
	}

	@GetMapping("/{id}/entries")
	@Operation(summary = "Le grand livre de l'enveloppe, mouvement par mouvement")
	List<LedgerEntryView> entries(@PathVariable UUID id) {
		return ledger.entries(id);
	}

	@PostMapping("/{id}/amendments")
	@Operation(summary = "Augmenter ou diminuer les crédits de l'enveloppe par décision modificative",
			description = "Une diminution ne peut pas ramener les crédits sous le montant engagé non dégagé. Avec un "
					+ "en-tête Idempotency-Key, une requête rejouée ne crée pas de seconde écriture.")
	ResponseEntity<LedgerEntryView> amend(@PathVariable UUID id, @Valid @RequestBody AmendmentRequest request,
			@Parameter(description = "Identifiant choisi par le client pour que la requête puisse être rejouée sans effet")
			@RequestHeader(name = "Idempotency-Key", required = false)
			@Size(max = 100, message = "ne doit pas dépasser 100 caractères") String idempotencyKey) {
		RecordedEntry recorded = ledger.amend(id, request.direction() == AmendmentRequest.Direction.INCREASE,
				request.amount(), request.deliberationReference().strip(), request.reason().strip(), idempotencyKey,
				currentActor.get());
		return recorded.replayed() ? ResponseEntity.ok(recorded.entry())
				: ResponseEntity.created(URI.create("/api/envelopes/" + id + "/entries")).body(recorded.entry());
	}

	@GetMapping("/{id}/payment-schedule")
	@Operation(summary = "L'échéancier des crédits de paiement de l'enveloppe : prévu, versé et attendu par année")
	PaymentScheduleView paymentSchedule(@PathVariable UUID id) {
		return schedules.of(id);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	record OpenEnvelopeRequest(@NotNull(message = "est obligatoire") AidScheme scheme,
			@NotNull(message = "est obligatoire") @Min(value = 2000, message = "doit être une année valide")
			@Max(value = 2100, message = "doit être une année valide") Integer year,
			@NotNull(message = "est obligatoire") @Positive(message = "doit être strictement positif") @EuroAmount BigDecimal allocated,
			@Size(max = 100, message = "ne doit pas dépasser 100 caractères") String deliberationReference,
			@Size(max = 1000, message = "ne doit pas dépasser 1000 caractères") String note) {
	}

	record AmendmentRequest(@NotNull(message = "est obligatoire") Direction direction,
			@NotNull(message = "est obligatoire") @Positive(message = "doit être strictement positif") @EuroAmount BigDecimal amount,
			@NotBlank(message = "est obligatoire") @Size(max = 100, message = "ne doit pas dépasser 100 caractères") String deliberationReference,
			@NotBlank(message = "est obligatoire") @Size(max = 1000, message = "ne doit pas dépasser 1000 caractères") String reason) {

		enum Direction {

			INCREASE, DECREASE

		}

	}

}
