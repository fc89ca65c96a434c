package fr.metropolerouen.guichetess.dossier;

import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The jobs an application declares (headcount, jobs created, jobs kept): counts of people, optional, checked with
 * French messages on their field by the API's validation and by the wizard's form.
 */
class DeclaredJobsTests {

	private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

	private static final Validator VALIDATOR = FACTORY.getValidator();

	@AfterAll
	static void close() {
		FACTORY.close();
	}

	static DossierData withJobs(DossierData data, Integer headcount, Integer jobsCreated, Integer jobsKept) {
		return new DossierData(data.scheme(), data.projectTitle(), data.communeInseeCode(), data.requestedAmount(),
				data.deMinimisAids(), data.operationType(), data.eligibleExpenses(), data.worksStartDate(),
				data.monthlyRent(), data.surfaceM2(), data.leaseStartDate(), data.leaseDurationMonths(),
				data.marketActivity(), data.operatingRevenue(), data.operatingExpenses(), data.ownFunds(),
				data.leaseType(), data.leaseSignedOn(), headcount, jobsCreated, jobsKept);
	}

	private static List<String> refusals(DossierData data) {
		return VALIDATOR.validate(data)
			.stream()
			.map(v -> v.getPropertyPath() + " " + v.getMessage())
			.sorted()
			.toList();
	}

	@Test
	void noneZeroAndPlausibleCountsAreAccepted() {
		assertThat(VALIDATOR.validate(DossierTests.immobilierData())).isEmpty();
		assertThat(VALIDATOR.validate(withJobs(DossierTests.immobilierData(), 0, 0, 0))).isEmpty();
		assertThat(VALIDATOR.validate(withJobs(DossierTests.locationData(), 100000, 12, 40))).isEmpty();
	}

	@Test
	void aNegativeCountIsRefusedOnItsField() {
		assertThat(refusals(withJobs(DossierTests.immobilierData(), -1, -2, -3))).containsExactly(
				"headcount doit être positif ou nul", "jobsCreated doit être positif ou nul",
				"jobsKept doit être positif ou nul");
	}

	@Test
	void aCountAboveOneHundredThousandIsNotPlausible() {
		assertThat(refusals(withJobs(DossierTests.immobilierData(), 100001, null, 250000)))
			.containsExactly("headcount n'est pas plausible", "jobsKept n'est pas plausible");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "-1|doit être positif ou nul", "100001|n'est pas plausible",
			"1,5|doit être un nombre entier", "trois|doit être un nombre entier" })
	void theWizardShowsAWrongCountOnItsField(String typed, String message) {
		DossierForm form = DossierForm.of(DossierTests.locationData());
		form.setJobsCreated(typed);
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "form");

		assertThat(form.toData(result, VALIDATOR)).isNull();
		assertThat(result.getFieldErrors()).extracting(FieldError::getField, FieldError::getDefaultMessage)
			.containsExactly(tuple("jobsCreated", message));
	}

	@Test
	void theWizardReadsAndShowsTheCountsTyped() {
		DossierForm form = DossierForm.of(DossierTests.locationData());
		form.setHeadcount(" 8 ");
		form.setJobsCreated("2");
		form.setJobsKept("");

		DossierData data = form.toData(new BeanPropertyBindingResult(form, "form"), VALIDATOR);

		assertThat(data).extracting(DossierData::headcount, DossierData::jobsCreated, DossierData::jobsKept)
			.containsExactly(8, 2, null);
		DossierForm shown = DossierForm.of(data);
		assertThat(List.of(shown.getHeadcount(), shown.getJobsCreated())).containsExactly("8", "2");
		assertThat(shown.getJobsKept()).isNull();
	}

	@Test
	void theWizardProposesTheOrganisationsEmployeesOnlyWhenNoHeadcountIsTyped() {
		DossierForm blank = new DossierForm();
		DossierForm typed = DossierForm.of(withJobs(DossierTests.immobilierData(), 0, null, null));

		blank.proposeHeadcount(12);
		typed.proposeHeadcount(12);

		assertThat(blank.getHeadcount()).isEqualTo("12");
		assertThat(typed.getHeadcount()).isEqualTo("0");
	}

}
