package fr.metropolerouen.guichetess.eligibility;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import fr.metropolerouen.guichetess.dossier.DossierData;
import fr.metropolerouen.guichetess.dossier.EligibilityVerdict;
import fr.metropolerouen.guichetess.dossier.EligibilityView;
import fr.metropolerouen.guichetess.scheme.RuleSetVersion;
import fr.metropolerouen.guichetess.scheme.RuleSets;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Lets anyone try the rules before applying: the same evaluation as a real dossier, saving nothing. */
@RestController
@Tag(name = "Simulateur")
class SimulationController {

	private static final String NOTICE = "Résultat indicatif, selon les informations saisies et le règlement en vigueur "
			+ "aujourd'hui. Il n'engage pas la Métropole : seul le Bureau métropolitain décide de l'aide.";

	private final RuleEvaluation evaluation;

	private final RuleSets ruleSets;

	private final Clock clock;

	SimulationController(RuleEvaluation evaluation, RuleSets ruleSets, Clock clock) {
		this.evaluation = evaluation;
		this.ruleSets = ruleSets;
		this.clock = clock;
	}

	@PostMapping("/api/simulations")
	@Operation(summary = "Simuler l'éligibilité et le montant indicatif d'une demande, sans rien enregistrer")
	SimulationResult simulate(@Valid @RequestBody SimulationRequest request) {
		DossierData data = request.dossier();
		if (data == null || data.scheme() == null) {
			throw new InvalidRequestException("La simulation est incomplète.",
					List.of(new InvalidRequestException.FieldError("scheme", "est obligatoire")));
		}
		List<InvalidRequestException.FieldError> missing = data.missingForSubmission();
		if (!missing.isEmpty()) {
			throw new InvalidRequestException("La simulation demande les mêmes informations qu'un dépôt.", missing);
		}
		LocalDate today = FrenchFormat.today(clock);
		RuleSetVersion rules = ruleSets.inForce(data.scheme(), today);
		Evaluation result = evaluation.evaluate(rules, data, request.organisation(), today, AidHistory.NONE);
		EligibilityView eligibility = new EligibilityView(result.verdict() == EligibilityVerdict.ELIGIBLE,
				result.verdict(), clock.instant(), result.criteria(), null);
		return new SimulationResult(data.scheme(), rules.version(), eligibility, result.amount(), NOTICE);
	}

}
