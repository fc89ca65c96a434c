package fr.metropolerouen.guichetess.lapse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import fr.metropolerouen.guichetess.dossier.DossierData;
import fr.metropolerouen.guichetess.dossier.DossierSnapshot;
import fr.metropolerouen.guichetess.dossier.DossierStatus;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.scheme.RuleSetVersion;
import fr.metropolerouen.guichetess.scheme.RuleSets;
import org.junit.jupiter.api.Test;

/** The dates of a grant's deadlines, from its rule-set version's parameters, counted from the decision. */
class DeadlineCalendarTests {

	private static final LocalDate DECISION = LocalDate.of(2026, 3, 31);

	private static final int RENT_AID_MONTHS = 36;

	private final RuleSets ruleSets = mock(RuleSets.class);

	private final DeadlineCalendar calendar = new DeadlineCalendar(ruleSets, new LapseProperties(Period.ofMonths(1)),
			RENT_AID_MONTHS);

	@Test
	void anImmobilierGrantMustBeClaimedWithinAYearAndCompletedWithinThreeYears() {
		rules(AidScheme.IMMOBILIER_ESS, Map.of("firstPaymentRequestMonths", 12, "completionMonths", 36));

		assertThat(calendar.deadlinesOf(grant(AidScheme.IMMOBILIER_ESS, null, null), DECISION)).containsExactly(
				Map.entry(DeadlineKind.FIRST_PAYMENT_REQUEST, LocalDate.of(2027, 3, 31)),
				Map.entry(DeadlineKind.COMPLETION, LocalDate.of(2029, 3, 31)));
	}

	@Test
	void aLocationGrantIsCompletedSixMonthsAfterTheAidedRentPeriod() {
		rules(AidScheme.LOCATION_ESS,
				Map.of("firstPaymentRequestMonths", 12, "finalPaymentRequestMonthsAfterPeriod", 6));

		// a lease of 24 months starting in May: aided until its end, claimed within six months after
		assertThat(calendar.deadlinesOf(grant(AidScheme.LOCATION_ESS, LocalDate.of(2026, 5, 1), 24), DECISION))
			.containsEntry(DeadlineKind.FIRST_PAYMENT_REQUEST, LocalDate.of(2027, 3, 31))
			.containsEntry(DeadlineKind.COMPLETION, LocalDate.of(2028, 11, 1));
		// a longer lease is aided for the configured months only
		assertThat(calendar.deadlinesOf(grant(AidScheme.LOCATION_ESS, LocalDate.of(2026, 5, 1), 108), DECISION))
			.containsEntry(DeadlineKind.COMPLETION, LocalDate.of(2029, 11, 1));
		// without a known lease start, the aided period runs from the decision
		assertThat(calendar.deadlinesOf(grant(AidScheme.LOCATION_ESS, null, null), DECISION))
			.containsEntry(DeadlineKind.COMPLETION, LocalDate.of(2029, 9, 30));
	}

	@Test
	void aVersionWithoutTheseParametersSetsNoDeadline() {
		rules(AidScheme.IMMOBILIER_ESS, Map.of("completionMonths", 36));

		assertThat(calendar.deadlinesOf(grant(AidScheme.IMMOBILIER_ESS, null, null), DECISION))
			.containsOnlyKeys(DeadlineKind.COMPLETION);

		rules(AidScheme.IMMOBILIER_ESS, Map.of());
		assertThat(calendar.deadlinesOf(grant(AidScheme.IMMOBILIER_ESS, null, null), DECISION)).isEmpty();
	}

	@Test
	void aDecisionThatTookEffectLaterCountsFromTheDayItTookEffect() {
		rules(AidScheme.IMMOBILIER_ESS, Map.of("firstPaymentRequestMonths", 12, "completionMonths", 36));

		// a session held in March, closed (its letters sent) in June
		assertThat(calendar.deadlinesOf(grant(AidScheme.IMMOBILIER_ESS, null, null), LocalDate.of(2026, 6, 15)))
			.containsEntry(DeadlineKind.FIRST_PAYMENT_REQUEST, LocalDate.of(2027, 6, 15))
			.containsEntry(DeadlineKind.COMPLETION, LocalDate.of(2029, 6, 15));
	}

	@Test
	void theBeneficiaryIsWarnedTheConfiguredPeriodBefore() {
		assertThat(calendar.warnOn(LocalDate.of(2027, 3, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(calendar.warnOn(LocalDate.of(2027, 1, 15))).isEqualTo(LocalDate.of(2026, 12, 15));
	}

	private void rules(AidScheme scheme, Map<String, Integer> deadlines) {
		Map<String, BigDecimal> parameters = new HashMap<>();
		deadlines.forEach((name, months) -> parameters.put(name, BigDecimal.valueOf(months)));
		when(ruleSets.get(scheme, "1")).thenReturn(new RuleSetVersion(scheme, "1", LocalDate.of(2017, 1, 1), null,
				"Délibération", RuleSetVersion.Status.ADOPTED, "EligibilityCriteria", "AidAmountSuggestion",
				parameters));
	}

	private static DossierSnapshot grant(AidScheme scheme, LocalDate leaseStart, Integer leaseMonths) {
		DossierData data = new DossierData(scheme, "Projet", "76540", null, null, null, null, null, null, null,
				leaseStart, leaseMonths, null, null, null, null, null, null, null, null, null);
		return new DossierSnapshot(UUID.randomUUID(), "DIE-2026-0001", scheme, DossierStatus.GRANTED,
				UUID.randomUUID(), data, null, null, DECISION.minusMonths(3), "1", null, null, null, null, null, null,
				new BigDecimal("20000.00"), DECISION, null, null, "B2026-0001");
	}

}
