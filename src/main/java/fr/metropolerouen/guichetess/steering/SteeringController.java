package fr.metropolerouen.guichetess.steering;

import java.time.Clock;
import java.util.List;

import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Pilotage")
@Validated
class SteeringController {

	/** The charts across years cover at most this many years. */
	static final int LONGEST_PERIOD = 30;

	private final SteeringIndicators indicators;

	private final ProcessAnalytics analytics;

	private final AnnualReport report;

	private final Clock clock;

	SteeringController(SteeringIndicators indicators, ProcessAnalytics analytics, AnnualReport report, Clock clock) {
		this.indicators = indicators;
		this.analytics = analytics;
		this.report = report;
		this.clock = clock;
	}

	@GetMapping("/api/steering/indicators")
	@Operation(summary = "Indicateurs des dossiers déposés une année (par défaut l'année en cours), par dispositif et "
			+ "tous dispositifs : dossiers reçus, éligibles, accordés, refusés, retirés, classés, caducs ; montants "
			+ "demandés, accordés, versés, dégagés ; bénéficiaires par famille juridique et par commune ; emplois "
			+ "déclarés")
	YearIndicators indicators(@RequestParam(required = false) @Min(value = 2000, message = "doit être une année valide")
	@Max(value = 2100, message = "doit être une année valide") Integer year) {
		return indicators.of(yearOrThisYear(year));
	}

	@GetMapping("/api/steering/indicators/per-year")
	@Operation(summary = "Par dispositif et par année de dépôt : dossiers reçus et accordés, montants demandés et "
			+ "accordés (par défaut les cinq dernières années)")
	List<YearBar> perYear(@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to) {
		int last = to == null ? FrenchFormat.today(clock).getYear() : to;
		int first = from == null ? last - 4 : from;
		return indicators.perYear(first, periodEnd(first, last));
	}

	@GetMapping("/api/steering/process-analytics")
	@Operation(summary = "Délais de la procédure pour les dossiers déposés une année, d'après l'historique du moteur "
			+ "de processus : médiane et 90e centile du temps passé dans chaque étape, tours de pièces manquantes, par "
			+ "dispositif et par agent ; dossiers sans décision proches de la date de rejet implicite")
	ProcessAnalyticsView processAnalytics(@RequestParam(required = false) @Min(value = 2000,
			message = "doit être une année valide") @Max(value = 2100, message = "doit être une année valide") Integer year) {
		return analytics.of(yearOrThisYear(year));
	}

	@GetMapping("/api/steering/annual-report.pdf")
	@Operation(summary = "Le rapport annuel d'une année en PDF, pour la rencontre annuelle de la feuille de route ESS")
	ResponseEntity<byte[]> annualReportPdf(@RequestParam @Min(value = 2000, message = "doit être une année valide")
	@Max(value = 2100, message = "doit être une année valide") int year) {
		return report.pdf(year);
	}

	@GetMapping("/api/steering/annual-report.xlsx")
	@Operation(summary = "Les indicateurs et délais d'une année en classeur XLSX (une feuille par tableau)")
	ResponseEntity<byte[]> annualReportXlsx(@RequestParam @Min(value = 2000, message = "doit être une année valide")
	@Max(value = 2100, message = "doit être une année valide") int year) {
		return report.xlsx(year);
	}

	private int yearOrThisYear(Integer year) {
		return year == null ? FrenchFormat.today(clock).getYear() : year;
	}

	private static int periodEnd(int from, int to) {
		if (from > to || to - from >= LONGEST_PERIOD || from < 2000 || to > 2100) {
			throw new InvalidRequestException("La période doit aller d'une année à une année égale ou postérieure, "
					+ "entre 2000 et 2100, sur " + LONGEST_PERIOD + " ans au plus.");
		}
		return to;
	}

}
