package fr.metropolerouen.guichetess.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import fr.metropolerouen.guichetess.dossier.DossierData;
import fr.metropolerouen.guichetess.dossier.DossierSnapshot;
import fr.metropolerouen.guichetess.dossier.Dossiers;
import fr.metropolerouen.guichetess.envelope.PaymentPlanning;
import fr.metropolerouen.guichetess.scheme.RuleSetVersion;
import fr.metropolerouen.guichetess.scheme.RuleSets;
import fr.metropolerouen.guichetess.shared.Money;
import org.springframework.stereotype.Component;

/**
 * When a grant is expected to be paid. Location pays each year of rent on that year's receipts: the grant is split
 * over the lease years in proportion to what the scheme's rate gives for each, and each part is expected in the year
 * its lease year ends. Immobilier pays on the invoices of finished works: the grant is expected in the year the works
 * should end.
 */
@Component
class GrantPaymentPlans implements PaymentPlanning {

	private static final List<String> YEARLY_RATES = List.of("firstYearRate", "secondYearRate", "thirdYearRate");

	private final Dossiers dossiers;

	private final RuleSets ruleSets;

	private final PaymentPlanProperties properties;

	GrantPaymentPlans(Dossiers dossiers, RuleSets ruleSets, PaymentPlanProperties properties) {
		this.dossiers = dossiers;
		this.ruleSets = ruleSets;
		this.properties = properties;
	}

	@Override
	public SortedMap<Integer, BigDecimal> expectedPayments(UUID dossierId, LocalDate decisionDate, BigDecimal amount) {
		DossierSnapshot dossier = dossiers.get(dossierId);
		DossierData data = dossier.data();
		return switch (dossier.scheme()) {
			case LOCATION_ESS -> rentPlan(amount, decisionDate,
					data.leaseStartDate() == null ? decisionDate : data.leaseStartDate(),
					rentMonths(data), yearlyRates(ruleSets.get(dossier.scheme(), dossier.ruleSetVersion())));
			case IMMOBILIER_ESS -> worksPlan(amount, decisionDate, data.worksStartDate());
		};
	}

	/** The grant's terms for liquidating its payments; {@code grant} is what remains of it after any withdrawal. */
	AmountDue.Terms termsOf(UUID dossierId, BigDecimal grant) {
		DossierSnapshot dossier = dossiers.get(dossierId);
		DossierData data = dossier.data();
		RuleSetVersion rules = ruleSets.get(dossier.scheme(), dossier.ruleSetVersion());
		BigDecimal advanceRate = rules.parameters().getOrDefault("advanceRate", BigDecimal.ZERO);
		return switch (dossier.scheme()) {
			case IMMOBILIER_ESS -> new AmountDue.Terms(grant,
					data.eligibleExpenses() == null ? grant : data.eligibleExpenses(), advanceRate, List.of(), List.of());
			case LOCATION_ESS -> new AmountDue.Terms(grant, null, BigDecimal.ZERO,
					leaseYearParts(dossier.grantedAmount(), rentMonths(data), yearlyRates(rules)), yearlyRates(rules));
		};
	}

	private int rentMonths(DossierData data) {
		return Math.min(data.leaseDurationMonths() == null ? properties.rentAidMonths() : data.leaseDurationMonths(),
				properties.rentAidMonths());
	}

	/** The whole grant in the year the works end, counted from their start (or the decision, if later). */
	SortedMap<Integer, BigDecimal> worksPlan(BigDecimal amount, LocalDate decisionDate, LocalDate worksStart) {
		LocalDate start = worksStart == null || worksStart.isBefore(decisionDate) ? decisionDate : worksStart;
		return new TreeMap<>(Map.of(start.plus(properties.worksDuration()).getYear(), amount));
	}

	/**
	 * Splits a rent grant over the lease years covered, each weighted by its months and its rate, rounded down to
	 * the cent with the rounding left on the last year; a lease year's part is expected in the year it ends.
	 */
	static SortedMap<Integer, BigDecimal> rentPlan(BigDecimal amount, LocalDate decisionDate, LocalDate leaseStart,
			int months, List<BigDecimal> rates) {
		List<BigDecimal> parts = leaseYearParts(amount, months, rates);
		SortedMap<Integer, BigDecimal> plan = new TreeMap<>();
		if (parts.isEmpty()) {
			plan.put(decisionDate.getYear(), amount);
			return plan;
		}
		for (int leaseYear = 0; leaseYear < parts.size(); leaseYear++) {
			int monthsThatYear = Math.min(12, months - leaseYear * 12);
			LocalDate lastDay = leaseStart.plusMonths(leaseYear * 12L + monthsThatYear).minusDays(1);
			if (parts.get(leaseYear).signum() > 0) {
				plan.merge(Math.max(decisionDate.getYear(), lastDay.getYear()), parts.get(leaseYear), BigDecimal::add);
			}
		}
		return plan;
	}

	/**
	 * The part of a rent grant for each lease year (the first is year 1), up to the last year with a rate; empty when
	 * no year has one.
	 */
	static List<BigDecimal> leaseYearParts(BigDecimal amount, int months, List<BigDecimal> rates) {
		List<BigDecimal> weights = new ArrayList<>();
		for (int leaseYear = 0; leaseYear * 12 < months; leaseYear++) {
			int monthsThatYear = Math.min(12, months - leaseYear * 12);
			BigDecimal rate = leaseYear < rates.size() ? rates.get(leaseYear) : BigDecimal.ZERO;
			weights.add(rate.multiply(BigDecimal.valueOf(monthsThatYear)));
		}
		BigDecimal totalWeight = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		if (totalWeight.signum() == 0) {
			return List.of();
		}
		List<BigDecimal> parts = new ArrayList<>();
		BigDecimal left = amount;
		int last = lastWeighted(weights);
		for (int i = 0; i <= last; i++) {
			BigDecimal part = i == last ? left
					: amount.multiply(weights.get(i)).divide(totalWeight, 2, RoundingMode.DOWN);
			left = left.subtract(part);
			parts.add(Money.euros(part));
		}
		return parts;
	}

	private static int lastWeighted(List<BigDecimal> weights) {
		int last = weights.size() - 1;
		while (weights.get(last).signum() == 0) {
			last--;
		}
		return last;
	}

	private static List<BigDecimal> yearlyRates(RuleSetVersion rules) {
		return YEARLY_RATES.stream().map(name -> rules.parameters().getOrDefault(name, BigDecimal.ZERO)).toList();
	}

}
