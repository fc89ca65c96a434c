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
import org.springframework.stereotype.Service;

/** The simulator: the same evaluation as a real dossier, on the rules in force today, saving nothing. */
@Service
class Simulations {

	static final String NOTICE = "Résultat indicatif, selon les informations saisies et le règlement en vigueur "
			+ "aujourd'hui. Il n'engage pas la Métropole : seul le Bureau métropolitain décide de l'aide.";

	private final RuleEvaluation evaluation;

	private final RuleSets ruleSets;

	private final Clock clock;

	Simulations(RuleEvaluation evaluation, RuleSets ruleSets, Clock clock) {
		this.evaluation = evaluation;
		this.ruleSets = ruleSets;
		this.clock = clock;
	}

	SimulationResult simulate(DossierData data, OrganisationFacts organisation) {
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
		Evaluation result = evaluation.evaluate(rules, data, organisation, today, AidHistory.NONE);
		EligibilityView eligibility = new EligibilityView(result.verdict() == EligibilityVerdict.ELIGIBLE,
				result.verdict(), clock.instant(), result.criteria(), null);
		return new SimulationResult(data.scheme(), rules.version(), eligibility, result.amount(), NOTICE);
	}

}
