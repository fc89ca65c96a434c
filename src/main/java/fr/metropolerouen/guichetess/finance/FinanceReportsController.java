package fr.metropolerouen.guichetess.finance;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.shared.InvalidRequestException.FieldError;
import fr.metropolerouen.guichetess.shared.TableExports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Finances")
@Validated
class FinanceReportsController {

	private static final int LONGEST_PERIOD = 50;

	private final Forecasts forecasts;

	private final AnnualSummaries summaries;

	private final GrantHistoryImports history;

	private final SubsidiesOpenData openData;

	private final CurrentActor currentActor;

	private final Clock clock;

	private final UploadedFiles uploadedFiles;

	FinanceReportsController(Forecasts forecasts, AnnualSummaries summaries, GrantHistoryImports history,
			SubsidiesOpenData openData, CurrentActor currentActor, Clock clock, UploadedFiles uploadedFiles) {
		this.forecasts = forecasts;
		this.summaries = summaries;
		this.history = history;
		this.openData = openData;
		this.currentActor = currentActor;
		this.clock = clock;
		this.uploadedFiles = uploadedFiles;
	}

	@GetMapping("/api/finance/forecast")
	@Operation(summary = "Prévision d'une année : montants proposés en instruction et à l'ordre du jour, face au "
			+ "disponible de chaque enveloppe")
	ForecastView forecast(@RequestParam(required = false) @Min(value = 2000, message = "doit être une année valide")
	@Max(value = 2100, message = "doit être une année valide") Integer year) {
		return forecasts.of(year == null ? thisYear() : year);
	}

	@GetMapping("/api/finance/annual-summary")
	@Operation(summary = "Bilan annuel par dispositif : dossiers reçus, accordés, refusés ; montants engagés, "
			+ "dégagés, versés, reversés ; bénéficiaires distincts")
	AnnualSummaryView annualSummary(@RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to) {
		int[] period = period(from, to);
		return summaries.of(period[0], period[1]);
	}

	@GetMapping("/api/finance/annual-summary.csv")
	@Operation(summary = "Le bilan annuel en CSV (UTF-8, point-virgule, décimales avec un point)")
	ResponseEntity<byte[]> annualSummaryCsv(@RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to) {
		int[] period = period(from, to);
		return TableExports.csv(AnnualSummaries.table(summaries.of(period[0], period[1])));
	}

	@GetMapping("/api/finance/annual-summary.xlsx")
	@Operation(summary = "Le bilan annuel en classeur XLSX")
	ResponseEntity<byte[]> annualSummaryXlsx(@RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to) {
		int[] period = period(from, to);
		return TableExports.xlsx(AnnualSummaries.table(summaries.of(period[0], period[1])));
	}

	@PostMapping(path = "/api/finance/history-imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Importer les aides accordées avant le Guichet (CSV), tout ou rien",
			description = "Colonnes : dispositif;annee;siret;beneficiaire;montant_engage;montant_verse. Une seule "
					+ "ligne en erreur et rien n'est importé : la réponse nomme chaque ligne fautive. Avec "
					+ "dryRun=true, le fichier est seulement vérifié.")
	ResponseEntity<HistoryImportView> importHistory(@RequestPart("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun) {
		UploadedFiles.Table table = uploadedFiles.table(file, "historique");
		HistoryImportView imported = history.load(table.name(), table.content(), dryRun, currentActor.get());
		return dryRun ? ResponseEntity.ok(imported)
				: ResponseEntity.created(URI.create("/api/finance/history-imports")).body(imported);
	}

	@GetMapping("/api/finance/history-imports")
	@Operation(summary = "Les fichiers d'historique importés")
	List<HistoryImportView> historyImports() {
		return history.list();
	}

	@GetMapping("/api/finance/open-data/subventions.csv")
	@Operation(summary = "Les subventions accordées une année, au format SCDL « Subventions » 2.1.1 (données "
			+ "essentielles, décret 2017-779)")
	ResponseEntity<byte[]> subsidies(@RequestParam @Min(value = 2000, message = "doit être une année valide")
	@Max(value = 2100, message = "doit être une année valide") int year) {
		return ResponseEntity.ok()
			.contentType(TableExports.CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("subventions-" + year + ".csv", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(openData.csv(year));
	}

	private int[] period(Integer from, Integer to) {
		int last = to == null ? thisYear() : to;
		int first = from == null ? last : from;
		if (first < 2000 || last > 2100 || first > last || last - first >= LONGEST_PERIOD) {
			throw new InvalidRequestException("La période demandée n'est pas valide.",
					List.of(new FieldError("from", "doit être une année entre 2000 et 2100, au plus égale à « to », "
							+ "sur " + LONGEST_PERIOD + " ans au plus")));
		}
		return new int[] { first, last };
	}

	private int thisYear() {
		return FrenchFormat.today(clock).getYear();
	}

}
