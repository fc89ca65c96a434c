package fr.metropolerouen.guichetess.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fr.metropolerouen.guichetess.dossier.DeMinimisAid;
import fr.metropolerouen.guichetess.dossier.DossierSnapshot;
import fr.metropolerouen.guichetess.dossier.DossierStatus;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.scheme.RuleSetVersion;
import fr.metropolerouen.guichetess.shared.Money;

/**
 * What an organisation already received or asked for through this system, within the rule set's time windows
 * ending on a reference date: it counts for de minimis automatically, and bounds Location aid per organisation.
 *
 * @param grantedDeMinimis aid granted here (any scheme) within the de minimis window, by decision date
 * @param locationGranted Location aid granted within the organisation-cap window, by decision date
 * @param locationApplications other Location applications submitted within the reapplication interval and not
 * given up (withdrawn, refused, closed without follow-up)
 */
public record AidHistory(BigDecimal grantedDeMinimis, BigDecimal locationGranted, int locationApplications) {

	public static final AidHistory NONE = new AidHistory(Money.ZERO, Money.ZERO, 0);

	private static final Set<DossierStatus> GRANTED = EnumSet.of(DossierStatus.GRANTED, DossierStatus.CLOSED);

	private static final Set<DossierStatus> GIVEN_UP = EnumSet.of(DossierStatus.DRAFT, DossierStatus.WITHDRAWN,
			DossierStatus.REFUSED, DossierStatus.CLOSED_WITHOUT_FOLLOW_UP);

	/** The history of the organisation's other dossiers, as it stood on the reference date. */
	public static AidHistory of(List<DossierSnapshot> dossiers, UUID excluded, LocalDate date, RuleSetVersion rules) {
		List<DossierSnapshot> others = dossiers.stream().filter(d -> !d.id().equals(excluded)).toList();
		LocalDate deMinimisStart = date.minusYears(rules.years("deMinimisWindowYears"));
		BigDecimal grantedDeMinimis = others.stream()
			.filter(d -> GRANTED.contains(d.status()) && within(d.decisionDate(), deMinimisStart, date))
			.map(DossierSnapshot::grantedAmount)
			.reduce(Money.ZERO, BigDecimal::add);
		if (rules.scheme() != AidScheme.LOCATION_ESS) {
			return new AidHistory(grantedDeMinimis, Money.ZERO, 0);
		}
		LocalDate capStart = date.minusYears(rules.years("organisationCapWindowYears"));
		BigDecimal locationGranted = others.stream()
			.filter(d -> d.scheme() == AidScheme.LOCATION_ESS && GRANTED.contains(d.status())
					&& within(d.decisionDate(), capStart, date))
			.map(DossierSnapshot::grantedAmount)
			.reduce(Money.ZERO, BigDecimal::add);
		LocalDate intervalStart = date.minusYears(rules.years("reapplicationIntervalYears"));
		int applications = (int) others.stream()
			.filter(d -> d.scheme() == AidScheme.LOCATION_ESS && !GIVEN_UP.contains(d.status())
					&& within(d.submissionDate(), intervalStart, date))
			.count();
		return new AidHistory(grantedDeMinimis, locationGranted, applications);
	}

	/** De minimis aid the applicant declares, received from other grantors within the window. */
	static BigDecimal declaredDeMinimis(List<DeMinimisAid> aids, LocalDate date, RuleSetVersion rules) {
		LocalDate start = date.minusYears(rules.years("deMinimisWindowYears"));
		return aids.stream()
			.filter(aid -> within(aid.grantedOn(), start, date))
			.map(DeMinimisAid::amount)
			.reduce(Money.ZERO, BigDecimal::add);
	}

	/** In the rolling window: after its start, up to and including its end. */
	private static boolean within(LocalDate day, LocalDate start, LocalDate end) {
		return day != null && day.isAfter(start) && !day.isAfter(end);
	}

}
