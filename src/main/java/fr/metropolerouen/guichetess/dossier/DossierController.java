package fr.metropolerouen.guichetess.dossier;

import java.net.URI;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/dossiers")
@Validated
@Tag(name = "Dossiers")
class DossierController {

	private final DossierDrafting drafting;

	private final DossierRepository dossiers;

	private final DossierAccess access;

	private final DossierDetailsAssembler assembler;

	private final CurrentActor currentActor;

	DossierController(DossierDrafting drafting, DossierRepository dossiers, DossierAccess access,
			DossierDetailsAssembler assembler, CurrentActor currentActor) {
		this.drafting = drafting;
		this.dossiers = dossiers;
		this.access = access;
		this.assembler = assembler;
		this.currentActor = currentActor;
	}

	@PostMapping
	@Transactional
	@Operation(summary = "Créer un dossier en brouillon pour la structure du porteur de projet")
	ResponseEntity<DossierDetails> create(@Valid @RequestBody DossierData data) {
		Actor applicant = currentActor.get();
		Dossier dossier = drafting.create(data, applicant);
		return ResponseEntity.created(URI.create("/api/dossiers/" + dossier.id()))
			.body(assembler.details(dossier, applicant));
	}

	@PutMapping("/{id}")
	@Transactional
	@Operation(summary = "Modifier un dossier en brouillon (remplace toutes ses données)")
	DossierDetails update(@PathVariable UUID id, @Valid @RequestBody DossierData data) {
		Actor applicant = currentActor.get();
		return assembler.details(drafting.update(id, data, applicant), applicant);
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	@Operation(summary = "Un dossier : statut, montants, éligibilité par critère, courriers, versements, historique")
	DossierDetails get(@PathVariable UUID id) {
		Actor reader = currentActor.get();
		return assembler.details(access.visible(id, reader), reader);
	}

	@GetMapping
	@Transactional(readOnly = true)
	@Operation(summary = "Les dossiers que l'utilisateur peut voir, du plus récent au plus ancien")
	PageResponse<DossierSummary> list(@RequestParam(required = false) DossierStatus status,
			@RequestParam(required = false) AidScheme scheme,
			@Parameter(description = "Recherche : chaque mot doit commencer un mot de la référence, du nom de "
					+ "l'organisation ou de l'intitulé du projet (sans tenir compte des accents ni des majuscules)")
			@RequestParam(required = false) @Size(max = 200, message = "ne peut pas dépasser 200 caractères") String q,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "doit être positif ou nul") int page,
			@RequestParam(defaultValue = "20") @Min(value = 1, message = "doit être au moins 1")
			@Max(value = 100, message = "ne peut pas dépasser 100") int size) {
		Actor reader = currentActor.get();
		Specification<Dossier> filter = DossierFilters.visibleTo(reader)
			.and(DossierFilters.hasStatus(status))
			.and(DossierFilters.hasScheme(scheme))
			.and(DossierSearch.matching(q));
		var pageRequest = PageRequest.of(page, size, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id")));
		return PageResponse.of(dossiers.findAll(filter, pageRequest), assembler::summary);
	}

	@PostMapping("/{id}/submit")
	@Transactional
	@Operation(summary = "Déposer le dossier, ou le retransmettre après une demande de pièces")
	DossierDetails submit(@PathVariable UUID id) {
		Actor applicant = currentActor.get();
		return assembler.details(drafting.submit(id, applicant), applicant);
	}

	@PostMapping("/{id}/withdraw")
	@Transactional
	@Operation(summary = "Retirer le dossier avant la décision")
	DossierDetails withdraw(@PathVariable UUID id) {
		Actor applicant = currentActor.get();
		return assembler.details(drafting.withdraw(id, applicant), applicant);
	}

}
