package fr.metropolerouen.guichetess.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.shared.InvalidRequestException.FieldError;
import org.junit.jupiter.api.Test;

class SubmissionRulesTests {

	private static final String REQUIRED = "est obligatoire pour déposer le dossier";

	@Test
	void aCompleteImmobilierDossierLacksNothing() {
		assertThat(SubmissionRules.missingFields(DossierTests.immobilierData())).isEmpty();
	}

	@Test
	void aCompleteLocationDossierLacksNothing() {
		assertThat(SubmissionRules.missingFields(DossierTests.locationData())).isEmpty();
	}

	@Test
	void anEmptyImmobilierDossierNeedsTheCommonFieldsAndTheOperation() {
		List<FieldError> missing = SubmissionRules.missingFields(empty(AidScheme.IMMOBILIER_ESS));

		assertThat(missing).extracting(FieldError::field)
			.containsExactly("projectTitle", "communeInseeCode", "requestedAmount", "operationType",
					"eligibleExpenses", "worksStartDate");
		assertThat(missing).extracting(FieldError::message).containsOnly(REQUIRED);
	}

	@Test
	void anEmptyLocationDossierNeedsTheCommonFieldsAndTheLease() {
		List<FieldError> missing = SubmissionRules.missingFields(empty(AidScheme.LOCATION_ESS));

		assertThat(missing).extracting(FieldError::field)
			.containsExactly("projectTitle", "communeInseeCode", "requestedAmount", "monthlyRent", "surfaceM2",
					"leaseStartDate", "leaseDurationMonths");
		assertThat(missing).extracting(FieldError::message).containsOnly(REQUIRED);
	}

	@Test
	void anImmobilierDossierDoesNotNeedTheLeaseFields() {
		DossierData immobilier = DossierTests.immobilierData();

		assertThat(immobilier.monthlyRent()).isNull();
		assertThat(SubmissionRules.missingFields(immobilier)).extracting(FieldError::field)
			.doesNotContain("monthlyRent", "surfaceM2", "leaseStartDate", "leaseDurationMonths");
	}

	@Test
	void aLocationDossierDoesNotNeedTheWorksFields() {
		DossierData location = DossierTests.locationData();

		assertThat(location.operationType()).isNull();
		assertThat(SubmissionRules.missingFields(location)).extracting(FieldError::field)
			.doesNotContain("operationType", "eligibleExpenses", "worksStartDate");
	}

	@Test
	void aBlankProjectTitleCountsAsMissing() {
		DossierData data = DossierTests.immobilierData();
		DossierData blankTitle = new DossierData(data.scheme(), " \t ", data.communeInseeCode(),
				data.requestedAmount(), data.deMinimisAids(), data.operationType(), data.eligibleExpenses(),
				data.worksStartDate(), null, null, null, null, null, null, null, null, null, null, null, null, null);

		assertThat(SubmissionRules.missingFields(blankTitle)).containsExactly(new FieldError("projectTitle", REQUIRED));
	}

	@Test
	void onlyTheMissingFieldOfTheSchemeIsReported() {
		DossierData data = DossierTests.locationData();
		DossierData withoutDuration = new DossierData(data.scheme(), data.projectTitle(), data.communeInseeCode(),
				data.requestedAmount(), List.of(), null, null, null, data.monthlyRent(), data.surfaceM2(),
				data.leaseStartDate(), null, null, null, null, null, null, null, null, null, null);

		assertThat(SubmissionRules.missingFields(withoutDuration))
			.containsExactly(new FieldError("leaseDurationMonths", REQUIRED));
	}

	@Test
	void deMinimisAidsAreNotRequired() {
		DossierData data = DossierTests.immobilierData();

		assertThat(data.deMinimisAids()).isEmpty();
		assertThat(SubmissionRules.missingFields(new DossierData(data.scheme(), data.projectTitle(),
				data.communeInseeCode(), new BigDecimal("1"), null, data.operationType(), data.eligibleExpenses(),
				LocalDate.of(2027, 1, 1), null, null, null, null, null, null, null, null, null, null, null, null,
				null))).isEmpty();
	}

	private static DossierData empty(AidScheme scheme) {
		return new DossierData(scheme, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null);
	}

}
