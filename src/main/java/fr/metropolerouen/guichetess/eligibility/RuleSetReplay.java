package fr.metropolerouen.guichetess.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.stream.Collectors;

import fr.metropolerouen.guichetess.dossier.CriterionOutcome;
import fr.metropolerouen.guichetess.dossier.DossierSnapshot;
import fr.metropolerouen.guichetess.dossier.Dossiers;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.scheme.RuleSetVersion;
import fr.metropolerouen.guichetess.scheme.RuleSets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Judges past dossiers again with another rule-set version (typically a draft under discussion) and reports what
 * would change. Nothing is saved: the dossiers keep the version they were submitted under.
 */
@Service
class RuleSetReplay {

	private final RuleSets ruleSets;

	private final Dossiers dossiers;

	private final RuleEvaluation evaluation;

	RuleSetReplay(RuleSets ruleSets, Dossiers dossiers, RuleEvaluation evaluation) {
		this.ruleSets = ruleSets;
		this.dossiers = dossiers;
		this.evaluation = evaluation;
	}

	@Transactional(readOnly = true)
	ReplayReport replay(AidScheme scheme, String version) {
		RuleSetVersion rules = ruleSets.get(scheme, version);
		List<DossierSnapshot> assessed = dossiers.submitted(scheme)
			.stream()
			.filter(d -> d.eligibility().verdict() != null)
			.toList();
		List<ReplayReport.Change> changes = new ArrayList<>();
		for (DossierSnapshot dossier : assessed) {
			Evaluation replayed = evaluation.evaluateDossier(dossier, rules);
			List<String> changedCriteria = changedCriteria(dossier.eligibility().criteria(), replayed.criteria());
			boolean amountChanged = !sameAmount(dossier.suggestedAmount(), replayed.amount());
			if (replayed.verdict() != dossier.eligibility().verdict() || amountChanged || !changedCriteria.isEmpty()) {
				changes.add(new ReplayReport.Change(dossier.id(), dossier.reference(), dossier.status(),
						dossier.ruleSetVersion(), dossier.eligibility().verdict(), replayed.verdict(),
						dossier.suggestedAmount(), replayed.amount(), difference(dossier.suggestedAmount(), replayed.amount()),
						changedCriteria));
			}
		}
		return new ReplayReport(scheme, version, assessed.size(), changes.size(), changes);
	}

	private static List<String> changedCriteria(List<CriterionOutcome> current, List<CriterionOutcome> replayed) {
		Map<String, CriterionOutcome.Outcome> before = current.stream()
			.collect(Collectors.toMap(CriterionOutcome::code, CriterionOutcome::outcome, (a, b) -> a));
		Map<String, CriterionOutcome.Outcome> after = replayed.stream()
			.collect(Collectors.toMap(CriterionOutcome::code, CriterionOutcome::outcome, (a, b) -> a));
		return Stream.concat(before.keySet().stream(), after.keySet().stream())
			.distinct()
			.filter(code -> !Objects.equals(before.get(code), after.get(code)))
			.sorted()
			.toList();
	}

	private static boolean sameAmount(BigDecimal current, BigDecimal replayed) {
		return current == null ? replayed == null : replayed != null && current.compareTo(replayed) == 0;
	}

	private static BigDecimal difference(BigDecimal current, BigDecimal replayed) {
		return current == null || replayed == null ? null : replayed.subtract(current);
	}

}
