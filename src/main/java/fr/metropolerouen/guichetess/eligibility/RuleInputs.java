package fr.metropolerouen.guichetess.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.metropolerouen.guichetess.dossier.DossierData;
import fr.metropolerouen.guichetess.scheme.RuleSetVersion;
import fr.metropolerouen.guichetess.shared.Money;

/**
 * The inputs of a rule-set version's decision tables, named as the tables name them: the version's parameters, the
 * dossier's data, the organisation's facts and its history of aids. Every name a table of either scheme may read is
 * present (null when unknown), so that a table sees "unknown" rather than failing on a missing variable.
 */
final class RuleInputs {

	private static final List<String> DOSSIER_FACTS = List.of("requestedAmount", "operationType", "eligibleExpenses",
			"worksStartDate", "monthlyRent", "leaseStartDate", "leaseDurationMonths", "marketActivity",
			"operatingRevenue", "operatingExpenses", "ownFunds", "leaseType", "leaseSignedOn");

	private static final List<String> PARAMETERS_OF_EITHER_SCHEME = List.of("aidRate", "aidCap",
			"minEligibleExpenses", "firstYearRate", "secondYearRate", "thirdYearRate", "organisationCap",
			"minOperatingRevenueShare", "roundingUnit", "deMinimisCeiling");

	private RuleInputs() {
	}

	static Map<String, Object> of(RuleSetVersion rules, DossierData data, OrganisationFacts organisation,
			boolean inMetropole, LocalDate date, AidHistory history) {
		Map<String, Object> inputs = new HashMap<>();
		DOSSIER_FACTS.forEach(name -> inputs.put(name, null));
		PARAMETERS_OF_EITHER_SCHEME.forEach(name -> inputs.put(name, null));
		inputs.putAll(rules.parameters());

		inputs.put("scheme", data.scheme().name());
		inputs.put("submissionDate", date);
		inputs.put("legalFormCode", organisation.legalFormCode());
		inputs.put("esusApproved", organisation.isEsusApproved());
		inputs.put("employees", organisation.employees());
		inputs.put("communeInMetropole", inMetropole);

		inputs.put("requestedAmount", data.requestedAmount());
		inputs.put("operationType", data.operationType() == null ? null : data.operationType().name());
		inputs.put("eligibleExpenses", data.eligibleExpenses());
		inputs.put("worksStartDate", data.worksStartDate());
		inputs.put("monthlyRent", data.monthlyRent());
		inputs.put("leaseStartDate", data.leaseStartDate());
		inputs.put("leaseDurationMonths", data.leaseDurationMonths());
		inputs.put("marketActivity", data.marketActivity());
		inputs.put("operatingRevenue", data.operatingRevenue());
		inputs.put("operatingExpenses", data.operatingExpenses());
		inputs.put("ownFunds", data.ownFunds());
		inputs.put("leaseType", data.leaseType() == null ? null : data.leaseType().name());
		inputs.put("leaseSignedOn", data.leaseSignedOn());
		inputs.put("projectStartDate", switch (data.scheme()) {
			case IMMOBILIER_ESS -> data.worksStartDate();
			case LOCATION_ESS -> data.leaseStartDate();
		});

		BigDecimal deMinimisReceived = AidHistory.declaredDeMinimis(data.deMinimisAids(), date, rules)
			.add(history.grantedDeMinimis());
		inputs.put("deMinimisReceived", deMinimisReceived);
		inputs.put("deMinimisRoom", nonNegative(rules.parameter("deMinimisCeiling").subtract(deMinimisReceived)));
		inputs.put("locationGrantedInWindow", history.locationGranted());
		inputs.put("organisationCapRoom", rules.parameters().containsKey("organisationCap")
				? nonNegative(rules.parameter("organisationCap").subtract(history.locationGranted())) : null);
		inputs.put("otherLocationApplications", history.locationApplications());
		return inputs;
	}

	private static BigDecimal nonNegative(BigDecimal amount) {
		return amount.signum() < 0 ? Money.ZERO : amount;
	}

}
