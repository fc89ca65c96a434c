package fr.metropolerouen.guichetess.steering;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The statutory family of a beneficiary, from its INSEE legal form as RULES.md §4.3 lists them. */
class LegalFamilyTests {

	@ParameterizedTest(name = "{0} (ESUS: {1}) is {2}")
	@CsvSource({ "9220, false, ASSOCIATION", "9230, true, ASSOCIATION", "9300, false, FOUNDATION",
			"8210, false, MUTUAL", "5458, false, COOPERATIVE", "5560, false, COOPERATIVE", "6317, false, COOPERATIVE",
			"5710, true, ESUS_COMPANY", "5499, true, ESUS_COMPANY", "5710, false, COMMERCIAL_COMPANY",
			"5599, false, COMMERCIAL_COMPANY", "1000, false, OTHER", "7210, true, OTHER" })
	void theLegalFormNamesTheFamilyAndTheEsusApprovalSetsApartCommercialCompanies(String code, boolean esus,
			LegalFamily family) {
		assertThat(LegalFamily.of(code, esus)).isEqualTo(family);
	}

}
