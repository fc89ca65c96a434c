package fr.metropolerouen.guichetess.lapse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import fr.metropolerouen.guichetess.dossier.DossierData;
import fr.metropolerouen.guichetess.dossier.DossierSnapshot;
import fr.metropolerouen.guichetess.scheme.RuleSetVersion;
import fr.metropolerouen.guichetess.scheme.RuleSets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The dates of a grant's deadlines, from the parameters of its rule-set version, counted from the decision. A version
 * without a parameter sets no deadline of that kind.
 */
@Component
class DeadlineCalendar {

	static final String FIRST_PAYMENT_REQUEST_MONTHS = "firstPaymentRequestMonths";

	static final String COMPLETION_MONTHS = "completionMonths";

	static final String FINAL_PAYMENT_REQUEST_MONTHS_AFTER_PERIOD = "finalPaymentRequestMonthsAfterPeriod";

	private final RuleSets ruleSets;

	private final LapseProperties properties;

	private final int rentAidMonths;

	DeadlineCalendar(RuleSets ruleSets, LapseProperties properties,
			@Value("${guichet.payment-plan.rent-aid-months:36}") int rentAidMonths) {
		this.ruleSets = ruleSets;
		this.properties = properties;
		this.rentAidMonths = rentAidMonths;
	}

	/**
	 * Read when the grant takes effect, while the version's parameters are those the grant freezes. The deadlines
	 * count from the decision; a decision that took effect later (a session closed after the day it was held) counts
	 * from that day, when its letter goes out: a deadline never runs before the beneficiary can know of it.
	 */
	Map<DeadlineKind, LocalDate> deadlinesOf(DossierSnapshot dossier, LocalDate tookEffectOn) {
		RuleSetVersion rules = ruleSets.get(dossier.scheme(), dossier.ruleSetVersion());
		LocalDate decision = dossier.decisionDate().isAfter(tookEffectOn) ? dossier.decisionDate() : tookEffectOn;
		Map<DeadlineKind, LocalDate> deadlines = new EnumMap<>(DeadlineKind.class);
		months(rules, FIRST_PAYMENT_REQUEST_MONTHS)
			.ifPresent(months -> deadlines.put(DeadlineKind.FIRST_PAYMENT_REQUEST, decision.plusMonths(months)));
		months(rules, COMPLETION_MONTHS)
			.ifPresent(months -> deadlines.put(DeadlineKind.COMPLETION, decision.plusMonths(months)));
		months(rules, FINAL_PAYMENT_REQUEST_MONTHS_AFTER_PERIOD).ifPresent(months -> deadlines
			.put(DeadlineKind.COMPLETION, endOfAidedRent(dossier.data(), decision).plusMonths(months)));
		return deadlines;
	}

	LocalDate warnOn(LocalDate dueOn) {
		return dueOn.minus(properties.lapseWarning());
	}

	/** The aided months of rent run from the lease start (the decision date if none is known). */
	private LocalDate endOfAidedRent(DossierData data, LocalDate decision) {
		LocalDate start = data.leaseStartDate() == null ? decision : data.leaseStartDate();
		int leaseMonths = data.leaseDurationMonths() == null ? rentAidMonths : data.leaseDurationMonths();
		return start.plusMonths(Math.min(leaseMonths, rentAidMonths));
	}

	private static Optional<Integer> months(RuleSetVersion rules, String name) {
		return Optional.ofNullable(rules.parameters().get(name)).map(BigDecimal::intValueExact);
	}

}
