package fr.metropolerouen.guichetess.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.metropolerouen.guichetess.applicant.OrganisationView;
import fr.metropolerouen.guichetess.applicant.Organisations;
import fr.metropolerouen.guichetess.dossier.CriterionOutcome;
import fr.metropolerouen.guichetess.dossier.DossierData;
import fr.metropolerouen.guichetess.dossier.DossierSnapshot;
import fr.metropolerouen.guichetess.dossier.Dossiers;
import fr.metropolerouen.guichetess.dossier.EligibilityVerdict;
import fr.metropolerouen.guichetess.scheme.RuleSetVersion;
import fr.metropolerouen.guichetess.scheme.RuleSets;
import fr.metropolerouen.guichetess.scheme.Territory;
import fr.metropolerouen.guichetess.shared.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a rule-set version to a dossier. The process engine, the simulator and the replay of a draft version all
 * go through {@link #evaluate}, so they cannot disagree on the same data.
 */
@Service
public class RuleEvaluation {

	private final RulesEngine engine;

	private final Dossiers dossiers;

	private final Organisations organisations;

	private final RuleSets ruleSets;

	private final Territory territory;

	RuleEvaluation(RulesEngine engine, Dossiers dossiers, Organisations organisations, RuleSets ruleSets,
			Territory territory) {
		this.engine = engine;
		this.dossiers = dossiers;
		this.organisations = organisations;
		this.ruleSets = ruleSets;
		this.territory = territory;
	}

	public Evaluation evaluate(RuleSetVersion rules, DossierData data, OrganisationFacts organisation, LocalDate date,
			AidHistory history) {
		Map<String, Object> inputs = RuleInputs.of(rules, data, organisation, territory.contains(data.communeInseeCode()),
				date, history);
		List<CriterionOutcome> criteria = engine.eligibility(rules.eligibilityDecision(), inputs)
			.stream()
			.map(row -> criterion(row, rules))
			.toList();
		BigDecimal amount = engine.amount(rules.amountDecision(), inputs)
			.map(text -> Money.roundedDown(new BigDecimal(text)))
			.orElse(null);
		return new Evaluation(rules.version(), criteria, EligibilityVerdict.of(criteria), amount);
	}

	/** A submitted dossier judged by the version it is pinned to, as at its submission date. */
	@Transactional(readOnly = true)
	public Evaluation evaluateDossier(UUID dossierId) {
		DossierSnapshot dossier = dossiers.get(dossierId);
		return evaluateDossier(dossier, ruleSets.get(dossier.scheme(), dossier.ruleSetVersion()));
	}

	/** A submitted dossier judged by another version (a draft being tried out), as at its submission date. */
	@Transactional(readOnly = true)
	public Evaluation evaluateDossier(DossierSnapshot dossier, RuleSetVersion rules) {
		LocalDate date = dossier.submissionDate();
		AidHistory history = AidHistory.of(dossiers.ofOrganisation(dossier.organisationId()), dossier.id(), date,
				rules);
		return evaluate(rules, dossier.data(), facts(organisations.get(dossier.organisationId())), date, history);
	}

	/**
	 * What remains under the de minimis ceiling for a grant decided on this date: declared aid from other grantors
	 * and aid granted here, within the window ending on the decision date (EU 2023/2831, art. 3).
	 */
	@Transactional(readOnly = true)
	public BigDecimal deMinimisRoom(UUID dossierId, LocalDate decisionDate) {
		DossierSnapshot dossier = dossiers.get(dossierId);
		RuleSetVersion rules = ruleSets.get(dossier.scheme(), dossier.ruleSetVersion());
		AidHistory history = AidHistory.of(dossiers.ofOrganisation(dossier.organisationId()), dossier.id(),
				decisionDate, rules);
		BigDecimal received = AidHistory.declaredDeMinimis(dossier.data().deMinimisAids(), decisionDate, rules)
			.add(history.grantedDeMinimis());
		return rules.parameter("deMinimisCeiling").subtract(received).max(Money.ZERO);
	}

	/**
	 * A table that matched no row leaves its criterion without outcome: the officer then decides, and says why; the
	 * dossier is never judged eligible on a criterion nobody evaluated.
	 */
	private static CriterionOutcome criterion(RulesEngine.CriterionRow row, RuleSetVersion rules) {
		if (row.outcome() == null) {
			return new CriterionOutcome(row.code(), CriterionOutcome.Outcome.NEEDS_REVIEW,
					"Ce critère n'a pas pu être évalué automatiquement : l'instructeur doit l'examiner.", rules.version());
		}
		return new CriterionOutcome(row.code(), CriterionOutcome.Outcome.valueOf(row.outcome()), row.reason(),
				rules.version());
	}

	static OrganisationFacts facts(OrganisationView organisation) {
		return new OrganisationFacts(organisation.legalFormCode(), organisation.communeInseeCode(),
				organisation.employees(), organisation.esusApproved());
	}

}
