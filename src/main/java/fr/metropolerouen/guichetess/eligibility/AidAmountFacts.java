package fr.metropolerouen.guichetess.eligibility;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import fr.metropolerouen.guichetess.dossier.DossierData;
import fr.metropolerouen.guichetess.dossier.Dossiers;
import fr.metropolerouen.guichetess.scheme.SchemeCatalogue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inputs of the aid amount decision table: the dossier's figures and the scheme's parameters, named as the
 * table's input expressions name them. Absent figures are passed as null so every name is defined.
 */
@Service
public class AidAmountFacts {

	private final Dossiers dossiers;

	private final SchemeCatalogue schemes;

	AidAmountFacts(Dossiers dossiers, SchemeCatalogue schemes) {
		this.dossiers = dossiers;
		this.schemes = schemes;
	}

	@Transactional(readOnly = true)
	public Map<String, Object> factsFor(UUID dossierId) {
		DossierData data = dossiers.get(dossierId).data();
		Map<String, Object> variables = new HashMap<>();
		variables.put("scheme", data.scheme().name());
		variables.put("requestedAmount", data.requestedAmount());
		variables.put("eligibleExpenses", data.eligibleExpenses());
		variables.put("monthlyRent", data.monthlyRent());
		variables.put("leaseDurationMonths", data.leaseDurationMonths());
		for (String name : new String[] { "aidRate", "aidCap", "firstYearRate", "secondYearRate", "thirdYearRate" }) {
			variables.put(name, null);
		}
		variables.putAll(schemes.parameters(data.scheme()));
		return variables;
	}

}
