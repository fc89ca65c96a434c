package fr.metropolerouen.guichetess.finance;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.applicant.OrganisationView;
import fr.metropolerouen.guichetess.applicant.Organisations;
import fr.metropolerouen.guichetess.dossier.DossierSnapshot;
import fr.metropolerouen.guichetess.dossier.Dossiers;
import fr.metropolerouen.guichetess.envelope.DossierMoney;
import fr.metropolerouen.guichetess.envelope.EntryKind;
import fr.metropolerouen.guichetess.envelope.EnvelopeLedger;
import fr.metropolerouen.guichetess.envelope.LedgerEntryView;
import fr.metropolerouen.guichetess.envelope.LedgerFilter;
import fr.metropolerouen.guichetess.envelope.LedgerSearch;
import fr.metropolerouen.guichetess.envelope.PaymentSchedules;
import fr.metropolerouen.guichetess.envelope.RecordedEntry;
import fr.metropolerouen.guichetess.envelope.ReleaseReason;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.shared.EuroAmount;
import fr.metropolerouen.guichetess.shared.PageResponse;
import fr.metropolerouen.guichetess.shared.TableExports;
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
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Finances")
@Validated
class FinanceLedgerController {

	private static final String IDEMPOTENCY_KEY = "Identifiant choisi par le client pour que la requête puisse être "
			+ "rejouée sans effet";

	private final LedgerSearch search;

	private final LedgerLines lines;

	private final LedgerIntegrity integrity;

	private final LedgerCorrections corrections;

	private final EnvelopeLedger ledger;

	private final PaymentSchedules schedules;

	private final Dossiers dossiers;

	private final Organisations organisations;

	private final CurrentActor currentActor;

	FinanceLedgerController(LedgerSearch search, LedgerLines lines, LedgerIntegrity integrity,
			LedgerCorrections corrections, EnvelopeLedger ledger, PaymentSchedules schedules, Dossiers dossiers,
			Organisations organisations, CurrentActor currentActor) {
		this.search = search;
		this.lines = lines;
		this.integrity = integrity;
		this.corrections = corrections;
		this.ledger = ledger;
		this.schedules = schedules;
		this.dossiers = dossiers;
		this.organisations = organisations;
		this.currentActor = currentActor;
	}

	@GetMapping("/api/finance/ledger")
	@Operation(summary = "Le grand livre de toutes les enveloppes, filtré et paginé",
			description = "Filtres : dispositif, exercice de l'enveloppe, dossier, nature de mouvement, dates "
					+ "d'opération (incluses).")
	PageResponse<LedgerLine> ledger(@ParameterObject LedgerQuery query,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "doit être positif ou nul") int page,
			@RequestParam(defaultValue = "50") @Min(value = 1, message = "doit être au moins 1")
			@Max(value = 500, message = "ne peut pas dépasser 500") int size) {
		PageResponse<LedgerEntryView> entries = search.page(query.filter(), page, size);
		return new PageResponse<>(lines.of(entries.content()), entries.page(), entries.size(),
				entries.totalElements(), entries.totalPages());
	}

	@GetMapping("/api/finance/ledger.csv")
	@Operation(summary = "Le grand livre filtré, en CSV (UTF-8, point-virgule, décimales avec un point)")
	ResponseEntity<byte[]> ledgerCsv(@ParameterObject LedgerQuery query) {
		return TableExports.csv(LedgerLines.table(lines.of(search.all(query.filter()))));
	}

	@GetMapping("/api/finance/ledger.xlsx")
	@Operation(summary = "Le grand livre filtré, en classeur XLSX")
	ResponseEntity<byte[]> ledgerXlsx(@ParameterObject LedgerQuery query) {
		return TableExports.xlsx(LedgerLines.table(lines.of(search.all(query.filter()))));
	}

	@GetMapping("/api/finance/ledger/integrity")
	@Operation(summary = "Contrôle du grand livre : montants affichés = somme des écritures, un engagement par aide "
			+ "accordée, du même montant")
	LedgerIntegrity.IntegrityReport integrity() {
		return integrity.verify();
	}

	@GetMapping("/api/finance/dossiers/{dossierId}")
	@Operation(summary = "L'argent d'un dossier : engagé, dégagé, versé, reversé, reste à payer, échéancier prévu et "
			+ "écritures")
	DossierMoneyView dossierMoney(@PathVariable UUID dossierId) {
		DossierSnapshot dossier = dossiers.get(dossierId);
		OrganisationView beneficiary = organisations.get(dossier.organisationId());
		DossierMoney money = ledger.moneyOf(dossierId);
		return new DossierMoneyView(dossierId, dossier.reference(), dossier.scheme(), beneficiary.name(),
				beneficiary.siret(), money.engaged(), money.released(), money.paid(), money.recovered(),
				money.remainingToPay(), money.netPaid(), schedules.planOf(dossierId),
				lines.of(search.ofDossier(dossierId)));
	}

	@PostMapping("/api/finance/dossiers/{dossierId}/releases")
	@Operation(summary = "Dégager tout ou partie de ce qui reste à payer sur l'aide d'un dossier",
			description = "Le montant est rendu à l'enveloppe de l'engagement. Avec un en-tête Idempotency-Key, une "
					+ "requête rejouée ne crée pas de seconde écriture (réponse 200).")
	ResponseEntity<LedgerEntryView> release(@PathVariable UUID dossierId, @Valid @RequestBody ReleaseRequest request,
			@Parameter(description = IDEMPOTENCY_KEY) @RequestHeader(name = "Idempotency-Key", required = false)
			@Size(max = 100, message = "ne doit pas dépasser 100 caractères") String idempotencyKey) {
		return created(dossierId, corrections.release(dossierId, request.amount(), request.reason(),
				blankToNull(request.note()), idempotencyKey, currentActor.get()));
	}

	@PostMapping("/api/finance/dossiers/{dossierId}/recoveries")
	@Operation(summary = "Enregistrer un reversement (titre de recette) sur l'aide d'un dossier",
			description = "Au plus ce qui a été versé et non encore reversé. Avec un en-tête Idempotency-Key, une "
					+ "requête rejouée ne crée pas de seconde écriture (réponse 200).")
	ResponseEntity<LedgerEntryView> recover(@PathVariable UUID dossierId, @Valid @RequestBody RecoveryRequest request,
			@Parameter(description = IDEMPOTENCY_KEY) @RequestHeader(name = "Idempotency-Key", required = false)
			@Size(max = 100, message = "ne doit pas dépasser 100 caractères") String idempotencyKey) {
		return created(dossierId, corrections.recover(dossierId, request.amount(), request.orderReference().strip(),
				blankToNull(request.note()), idempotencyKey, currentActor.get()));
	}

	private static ResponseEntity<LedgerEntryView> created(UUID dossierId, RecordedEntry recorded) {
		return recorded.replayed() ? ResponseEntity.ok(recorded.entry())
				: ResponseEntity.created(URI.create("/api/finance/dossiers/" + dossierId)).body(recorded.entry());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/**
	 * The ledger's filters, from the query string; all optional.
	 *
	 * @param year the envelope's budget year
	 * @param from first operation date included
	 * @param to last operation date included
	 */
	record LedgerQuery(AidScheme scheme, Integer year, UUID dossierId, EntryKind kind,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

		LedgerFilter filter() {
			return new LedgerFilter(scheme, year, dossierId, kind, from, to);
		}

	}

	record ReleaseRequest(
			@NotNull(message = "est obligatoire") @Positive(message = "doit être strictement positif") @EuroAmount BigDecimal amount,
			@NotNull(message = "est obligatoire") ReleaseReason reason,
			@Size(max = 500, message = "ne doit pas dépasser 500 caractères") String note) {
	}

	record RecoveryRequest(
			@NotNull(message = "est obligatoire") @Positive(message = "doit être strictement positif") @EuroAmount BigDecimal amount,
			@NotBlank(message = "est obligatoire") @Size(max = 100, message = "ne doit pas dépasser 100 caractères") String orderReference,
			@Size(max = 500, message = "ne doit pas dépasser 500 caractères") String note) {
	}

}
