package fr.metropolerouen.guichetess.envelope;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.shared.EuroAmount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/envelopes")
@Tag(name = "Enveloppes")
class EnvelopeController {

	private final EnvelopeLedger ledger;

	private final CurrentActor currentActor;

	EnvelopeController(EnvelopeLedger ledger, CurrentActor currentActor) {
		this.ledger = ledger;
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
		EnvelopeView envelope = ledger.open(request.scheme(), request.year(), request.allocated(), request.note(),
				currentActor.get());
		return ResponseEntity.created(URI.create("/api/envelopes/" + envelope.id())).body(envelope);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Une enveloppe : alloué, engagé, versé, disponible")
	EnvelopeView get(@PathVariable UUID id) {
		return ledger.get(id);
	}

	@GetMapping("/{id}/entries")
	@Operation(summary = "Le grand livre de l'enveloppe, mouvement par mouvement")
	List<LedgerEntryView> entries(@PathVariable UUID id) {
		return ledger.entries(id);
	}

	record OpenEnvelopeRequest(@NotNull(message = "est obligatoire") AidScheme scheme,
			@NotNull(message = "est obligatoire") @Min(value = 2000, message = "doit être une année valide")
			@Max(value = 2100, message = "doit être une année valide") Integer year,
			@NotNull(message = "est obligatoire") @Positive(message = "doit être strictement positif") @EuroAmount BigDecimal allocated,
			@Size(max = 1000, message = "ne doit pas dépasser 1000 caractères") String note) {
	}

}
