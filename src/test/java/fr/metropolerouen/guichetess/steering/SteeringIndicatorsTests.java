package fr.metropolerouen.guichetess.steering;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fr.metropolerouen.guichetess.applicant.OrganisationView;
import fr.metropolerouen.guichetess.applicant.Organisations;
import fr.metropolerouen.guichetess.dossier.DossierStatistics;
import fr.metropolerouen.guichetess.dossier.DossierStatistics.SubmittedDossier;
import fr.metropolerouen.guichetess.dossier.DossierStatus;
import fr.metropolerouen.guichetess.envelope.DossierMoney;
import fr.metropolerouen.guichetess.envelope.EnvelopeLedger;
import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.scheme.SchemeCatalogue;
import fr.metropolerouen.guichetess.scheme.Territory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Every status of a submitted dossier lands in its count, and the beneficiaries are organisations: the statuses the
 * integration test's year does not reach (closed without follow-up, grant withdrawn) are counted here.
 */
class SteeringIndicatorsTests {

	private static final UUID ASSOCIATION = UUID.randomUUID();

	private static final UUID COOPERATIVE = UUID.randomUUID();

	private final DossierStatistics dossiers = mock(DossierStatistics.class);

	private final Organisations organisations = mock(Organisations.class);

	private final EnvelopeLedger ledger = mock(EnvelopeLedger.class);

	private final SchemeCatalogue schemes = mock(SchemeCatalogue.class);

	private final Territory territory = mock(Territory.class);

	private final SteeringIndicators indicators = new SteeringIndicators(dossiers, organisations, ledger, schemes,
			territory, Clock.fixed(Instant.parse("2025-06-30T10:00:00Z"), ZoneOffset.UTC));

	@Test
	void eachStatusIsCountedOnceAndAGrantStaysGrantedWhateverFollowed() {
		SubmittedDossier withdrawnGrant = dossier(DossierStatus.GRANT_WITHDRAWN, true, ASSOCIATION, "30000.00", 4);
		SubmittedDossier closed = dossier(DossierStatus.CLOSED, true, ASSOCIATION, "10000.00", null);
		SubmittedDossier settledElsewhere = dossier(DossierStatus.GRANTED, true, COOPERATIVE, "5000.00", 2);
		when(dossiers.submittedIn(2025)).thenReturn(List.of(withdrawnGrant, closed, settledElsewhere,
				dossier(DossierStatus.CLOSED_WITHOUT_FOLLOW_UP, false, ASSOCIATION, null, 1),
				dossier(DossierStatus.AWAITING_DOCUMENTS, false, COOPERATIVE, null, null),
				dossier(DossierStatus.AWAITING_COMMITTEE, true, COOPERATIVE, null, null)));
		when(ledger.moneyOf(anyCollection())).thenReturn(Map.of(withdrawnGrant.id(), money("30000", "20000", "10000"),
				closed.id(), money("10000", "0", "10000"), settledElsewhere.id(), DossierMoney.NONE));
		when(organisations.getAll(anyCollection())).thenReturn(Map.of(ASSOCIATION, organisation(ASSOCIATION, "9220"),
				COOPERATIVE, organisation(COOPERATIVE, "5458")));
		when(schemes.name(any())).thenReturn("Dynamique Immobilier ESS", "Dynamique Location ESS");
		when(territory.communeName(anyString())).thenReturn(Optional.of("Rouen"));

		YearIndicators year = indicators.of(2025);

		YearIndicators.DossierCounts counts = year.allSchemes().dossiers();
		assertThat(counts).isEqualTo(new YearIndicators.DossierCounts(6, 4, 3, 0, 0, 1, 0, 1, 2));
		assertThat(year.allSchemes().amounts()).isEqualTo(new YearIndicators.Amounts(new BigDecimal("600.00"),
				new BigDecimal("45000.00"), new BigDecimal("20000.00"), new BigDecimal("20000.00")));
		assertThat(year.allSchemes().beneficiaries().total()).as("two organisations, three grants").isEqualTo(2);
		assertThat(year.allSchemes().beneficiaries().byLegalFamily()).extracting(YearIndicators.Share::code)
			.containsExactlyInAnyOrder("ASSOCIATION", "COOPERATIVE");
		assertThat(year.allSchemes().beneficiaries().byCommune()).containsExactly(
				new YearIndicators.Share("76540", "Rouen", 2));
		assertThat(year.allSchemes().jobsDeclared()).as("dossiers that declared no figure are left out")
			.isEqualTo(new YearIndicators.JobFigures(3, 7, 7, 7));
	}

	private static SubmittedDossier dossier(DossierStatus status, boolean eligible, UUID organisation,
			String granted, Integer jobs) {
		return new SubmittedDossier(UUID.randomUUID(), "DLE-2025-" + status.ordinal(), AidScheme.IMMOBILIER_ESS,
				organisation, status, LocalDate.of(2025, 3, 1), eligible, new BigDecimal("100.00"),
				granted == null ? null : new BigDecimal(granted), jobs, jobs, jobs);
	}

	private static DossierMoney money(String engaged, String released, String paid) {
		return new DossierMoney(new BigDecimal(engaged), new BigDecimal(released), new BigDecimal(paid),
				BigDecimal.ZERO);
	}

	private static OrganisationView organisation(UUID id, String legalForm) {
		return new OrganisationView(id, "12345678900011", "Structure", legalForm, "76540", "1 rue du Test", 3,
				"contact@example.org", false);
	}

}
