package fr.metropolerouen.guichetess.eligibility;

import static fr.metropolerouen.guichetess.eligibility.RuleFixtures.SUBMISSION_DATE;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.metropolerouen.guichetess.dossier.DeMinimisAid;
import fr.metropolerouen.guichetess.dossier.DossierSnapshot;
import fr.metropolerouen.guichetess.dossier.DossierStatus;
import fr.metropolerouen.guichetess.dossier.EligibilityView;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.scheme.RuleSetVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What an organisation already received or asked for, within the windows of version 1 (three years each) ending on
 * the reference date D = {@link RuleFixtures#SUBMISSION_DATE}: the end is included, the start excluded.
 */
class AidHistoryTests {

	private static final LocalDate D = SUBMISSION_DATE;

	private static final UUID ORGANISATION = UUID.randomUUID();

	// De minimis: aid granted here, of either scheme, by decision date

	@ParameterizedTest(name = "decided on {0}: counted {1}")
	@CsvSource({
			"2025-06-16, true",
			"2025-06-15, true",
			"2022-06-17, true",
			"2022-06-16, false",
			"2020-01-01, false",
			"2025-06-17, false",
	})
	void aidGrantedHereCountsForDeMinimisWithinTheWindowByDecisionDate(LocalDate decisionDate, boolean counted) {
		List<DossierSnapshot> dossiers = List.of(granted(AidScheme.IMMOBILIER_ESS, "40000.00", decisionDate),
				granted(AidScheme.LOCATION_ESS, "2500.50", decisionDate));

		for (RuleSetVersion rules : List.of(RuleFixtures.immobilierV1(), RuleFixtures.locationV1())) {
			assertThat(AidHistory.of(dossiers, UUID.randomUUID(), D, rules).grantedDeMinimis()).as(rules.label())
				.isEqualByComparingTo(counted ? "42500.50" : "0");
		}
	}

	@ParameterizedTest
	@EnumSource(DossierStatus.class)
	void onlyGrantedAidCountsForDeMinimis(DossierStatus status) {
		DossierSnapshot dossier = dossier(AidScheme.IMMOBILIER_ESS, status, D.minusYears(1),
				new BigDecimal("30000.00"), D.minusMonths(6));

		BigDecimal granted = AidHistory.of(List.of(dossier), UUID.randomUUID(), D, RuleFixtures.locationV1())
			.grantedDeMinimis();

		boolean counted = EnumSet.of(DossierStatus.GRANTED, DossierStatus.CLOSED).contains(status);
		assertThat(granted).isEqualByComparingTo(counted ? "30000.00" : "0");
	}

	@Test
	void aGrantWithoutDecisionDateDoesNotCount() {
		DossierSnapshot dossier = granted(AidScheme.IMMOBILIER_ESS, "30000.00", null);

		assertThat(AidHistory.of(List.of(dossier), UUID.randomUUID(), D, RuleFixtures.immobilierV1()))
			.isEqualTo(new AidHistory(new BigDecimal("0.00"), new BigDecimal("0.00"), 0));
	}

	@Test
	void theDossierItselfIsNotPartOfItsHistory() {
		DossierSnapshot itself = granted(AidScheme.LOCATION_ESS, "10000.00", D);
		DossierSnapshot other = granted(AidScheme.LOCATION_ESS, "5000.00", D.minusYears(1));

		AidHistory history = AidHistory.of(List.of(itself, other), itself.id(), D, RuleFixtures.locationV1());

		assertThat(history.grantedDeMinimis()).isEqualByComparingTo("5000.00");
		assertThat(history.locationGranted()).isEqualByComparingTo("5000.00");
		assertThat(history.locationApplications()).isEqualTo(1);
	}

	// Location: aid granted by decision date, applications by submission date

	@ParameterizedTest(name = "decided on {0}: counted {1}")
	@CsvSource({
			"2025-06-16, true",
			"2022-06-17, true",
			"2022-06-16, false",
			"2025-06-17, false",
			", false",
	})
	void locationAidGrantedCountsAgainstTheCapWithinTheWindowByDecisionDate(LocalDate decisionDate,
			boolean counted) {
		List<DossierSnapshot> dossiers = List.of(granted(AidScheme.LOCATION_ESS, "12000.00", decisionDate),
				dossier(AidScheme.LOCATION_ESS, DossierStatus.CLOSED, D.minusYears(3), new BigDecimal("3000.00"),
						decisionDate));

		AidHistory history = AidHistory.of(dossiers, UUID.randomUUID(), D, RuleFixtures.locationV1());

		assertThat(history.locationGranted()).isEqualByComparingTo(counted ? "15000.00" : "0");
	}

	@Test
	void immobilierAidDoesNotCountAgainstTheLocationCapNorAsALocationApplication() {
		List<DossierSnapshot> dossiers = List.of(granted(AidScheme.IMMOBILIER_ESS, "100000.00", D.minusMonths(2)),
				dossier(AidScheme.IMMOBILIER_ESS, DossierStatus.UNDER_REVIEW, D.minusMonths(1), null, null));

		AidHistory history = AidHistory.of(dossiers, UUID.randomUUID(), D, RuleFixtures.locationV1());

		assertThat(history.grantedDeMinimis()).isEqualByComparingTo("100000.00");
		assertThat(history.locationGranted()).isEqualByComparingTo("0");
		assertThat(history.locationApplications()).isZero();
	}

	@Test
	void anImmobilierDossierHasNoLocationHistory() {
		List<DossierSnapshot> dossiers = List.of(granted(AidScheme.LOCATION_ESS, "12000.00", D.minusMonths(2)),
				dossier(AidScheme.LOCATION_ESS, DossierStatus.SUBMITTED, D.minusMonths(1), null, null));

		AidHistory history = AidHistory.of(dossiers, UUID.randomUUID(), D, RuleFixtures.immobilierV1());

		assertThat(history.grantedDeMinimis()).isEqualByComparingTo("12000.00");
		assertThat(history.locationGranted()).isEqualByComparingTo("0");
		assertThat(history.locationApplications()).isZero();
	}

	@ParameterizedTest
	@EnumSource(DossierStatus.class)
	void locationApplicationsGivenUpDoNotCount(DossierStatus status) {
		DossierSnapshot dossier = dossier(AidScheme.LOCATION_ESS, status, D.minusYears(1), null, null);

		int applications = AidHistory.of(List.of(dossier), UUID.randomUUID(), D, RuleFixtures.locationV1())
			.locationApplications();

		boolean givenUp = EnumSet.of(DossierStatus.DRAFT, DossierStatus.WITHDRAWN, DossierStatus.REFUSED,
				DossierStatus.CLOSED_WITHOUT_FOLLOW_UP).contains(status);
		assertThat(applications).isEqualTo(givenUp ? 0 : 1);
	}

	@ParameterizedTest(name = "submitted on {0}: counted {1}")
	@CsvSource({
			"2025-06-16, true",
			"2022-06-17, true",
			"2022-06-16, false",
			"2025-06-17, false",
			", false",
	})
	void locationApplicationsCountWithinTheIntervalBySubmissionDate(LocalDate submissionDate, boolean counted) {
		List<DossierSnapshot> dossiers = List.of(
				dossier(AidScheme.LOCATION_ESS, DossierStatus.UNDER_REVIEW, submissionDate, null, null),
				dossier(AidScheme.LOCATION_ESS, DossierStatus.GRANTED, submissionDate, new BigDecimal("1000.00"),
						D.minusDays(1)));

		AidHistory history = AidHistory.of(dossiers, UUID.randomUUID(), D, RuleFixtures.locationV1());

		assertThat(history.locationApplications()).isEqualTo(counted ? 2 : 0);
	}

	@Test
	void eachWindowHasItsOwnLength() {
		Map<String, BigDecimal> parameters = new HashMap<>(RuleFixtures.locationV1().parameters());
		parameters.put("deMinimisWindowYears", new BigDecimal("3"));
		parameters.put("organisationCapWindowYears", new BigDecimal("2"));
		parameters.put("reapplicationIntervalYears", new BigDecimal("1"));
		RuleSetVersion rules = new RuleSetVersion(AidScheme.LOCATION_ESS, "essai", D.minusYears(10), null, "Essai",
				RuleSetVersion.Status.DRAFT, "EligibilityCriteria", "AidAmountSuggestion", parameters);
		List<DossierSnapshot> dossiers = List.of(
				dossier(AidScheme.LOCATION_ESS, DossierStatus.CLOSED, D.minusMonths(30), new BigDecimal("1000.00"),
						D.minusMonths(30)),
				dossier(AidScheme.LOCATION_ESS, DossierStatus.GRANTED, D.minusMonths(18), new BigDecimal("200.00"),
						D.minusMonths(18)),
				dossier(AidScheme.LOCATION_ESS, DossierStatus.GRANTED, D.minusMonths(6), new BigDecimal("30.00"),
						D.minusMonths(6)));

		AidHistory history = AidHistory.of(dossiers, UUID.randomUUID(), D, rules);

		assertThat(history.grantedDeMinimis()).isEqualByComparingTo("1230.00");
		assertThat(history.locationGranted()).isEqualByComparingTo("230.00");
		assertThat(history.locationApplications()).isEqualTo(1);
	}

	@Test
	void noHistoryIsZero() {
		assertThat(AidHistory.of(List.of(), UUID.randomUUID(), D, RuleFixtures.locationV1()))
			.isEqualTo(AidHistory.NONE);
		assertThat(AidHistory.NONE.grantedDeMinimis()).isEqualByComparingTo("0");
		assertThat(AidHistory.NONE.locationGranted()).isEqualByComparingTo("0");
		assertThat(AidHistory.NONE.locationApplications()).isZero();
	}

	// De minimis aid the applicant declares, by the date it was granted

	@ParameterizedTest(name = "granted on {0}: counted {1}")
	@CsvSource({
			"2025-06-16, true",
			"2024-01-31, true",
			"2022-06-17, true",
			"2022-06-16, false",
			"2019-12-31, false",
			"2025-06-17, false",
	})
	void declaredDeMinimisAidCountsWithinTheWindowByGrantDate(LocalDate grantedOn, boolean counted) {
		List<DeMinimisAid> aids = List.of(new DeMinimisAid("Région Normandie", grantedOn, new BigDecimal("7000.00")),
				new DeMinimisAid("Département de la Seine-Maritime", grantedOn, new BigDecimal("0.01")));

		assertThat(AidHistory.declaredDeMinimis(aids, D, RuleFixtures.immobilierV1()))
			.isEqualByComparingTo(counted ? "7000.01" : "0");
	}

	@Test
	void noDeclaredAidIsZero() {
		assertThat(AidHistory.declaredDeMinimis(List.of(), D, RuleFixtures.locationV1())).isEqualByComparingTo("0");
	}

	// Helpers

	private static DossierSnapshot granted(AidScheme scheme, String amount, LocalDate decisionDate) {
		LocalDate submitted = decisionDate == null ? D.minusYears(1) : decisionDate.minusMonths(3);
		return dossier(scheme, DossierStatus.GRANTED, submitted, new BigDecimal(amount), decisionDate);
	}

	private static DossierSnapshot dossier(AidScheme scheme, DossierStatus status, LocalDate submissionDate,
			BigDecimal grantedAmount, LocalDate decisionDate) {
		Instant submittedAt = submissionDate == null ? null : submissionDate.atStartOfDay().toInstant(ZoneOffset.UTC);
		return new DossierSnapshot(UUID.randomUUID(), scheme.referencePrefix() + "-2025-0001", scheme, status,
				ORGANISATION, RuleFixtures.eligible(scheme).build(), Instant.parse("2020-01-01T00:00:00Z"),
				submittedAt, submissionDate, "1", null, new EligibilityView(null, null, null, List.of(), null),
				null, null, null, null, grantedAmount, decisionDate, null, null, null);
	}

}
