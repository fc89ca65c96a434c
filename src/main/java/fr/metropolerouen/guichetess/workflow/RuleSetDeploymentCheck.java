package fr.metropolerouen.guichetess.workflow;

import java.util.List;
import java.util.stream.Stream;

import fr.metropolerouen.guichetess.scheme.RuleSets;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Refuses to run with a rule set whose decision tables are not deployed: a typo in a decision key would otherwise
 * surface only when the first dossier of that version is judged.
 */
@Component
class RuleSetDeploymentCheck {

	private final RuleSets ruleSets;

	private final CamundaRulesEngine engine;

	RuleSetDeploymentCheck(RuleSets ruleSets, CamundaRulesEngine engine) {
		this.ruleSets = ruleSets;
		this.engine = engine;
	}

	@EventListener
	void onDeployed(PostDeployEvent event) {
		List<String> missing = ruleSets.all()
			.stream()
			.flatMap(version -> Stream.of(version.eligibilityDecision(), version.amountDecision())
				.filter(key -> !engine.isDeployed(key))
				.map(key -> version.label() + " → " + key))
			.toList();
		if (!missing.isEmpty()) {
			throw new IllegalStateException("Decision tables named by rule sets are not deployed: " + missing);
		}
	}

}
