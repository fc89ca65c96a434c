package fr.metropolerouen.guichetess.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.scheme.RuleSetVersion;
import fr.metropolerouen.guichetess.scheme.RuleSets;
import org.springframework.stereotype.Component;

/**
 * The conditions a grant is made under: the dossier's rule-set version as it stands at the grant, kept with the
 * dossier so that later changes of configuration never rewrite a granted dossier (CE, 27 mai 2021, n° 433660).
 */
@Component
class GrantConditions {

	private final RuleSets ruleSets;

	private final ObjectMapper json;

	GrantConditions(RuleSets ruleSets, ObjectMapper json) {
		this.ruleSets = ruleSets;
		this.json = json;
	}

	String freeze(AidScheme scheme, String version) {
		try {
			return json.writeValueAsString(ruleSets.get(scheme, version));
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("Cannot record the conditions of rule set " + version, e);
		}
	}

	/** The rules that judge the dossier: frozen at the grant, or the configured version until then. */
	RuleSetVersion of(Dossier dossier) {
		if (dossier.frozenConditions() != null) {
			try {
				return json.readValue(dossier.frozenConditions(), RuleSetVersion.class);
			}
			catch (JsonProcessingException e) {
				throw new IllegalStateException("Unreadable frozen conditions of dossier " + dossier.id(), e);
			}
		}
		return dossier.ruleSetVersion() == null ? null : ruleSets.get(dossier.scheme(), dossier.ruleSetVersion());
	}

}
