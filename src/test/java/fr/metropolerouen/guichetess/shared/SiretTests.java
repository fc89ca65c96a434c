package fr.metropolerouen.guichetess.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** SIRET validity: 14 digits and a Luhn key, except for La Poste's establishments. */
class SiretTests {

	@Test
	void fourteenDigitsWithAValidLuhnKeyAreASiret() {
		assertThat(Siret.isValid("73282932000074")).isTrue();
	}

	@Test
	void theSirenMustHaveAValidKeyOfItsOwn() {
		// SIREN 123456780 fails its own Luhn check, the 14 digits pass theirs
		assertThat(Siret.isValid("12345678000014")).isFalse();
		assertThat(Siret.isValid("12345678200002")).isTrue();
	}

	@Test
	void aWrongKeyIsRefused() {
		assertThat(Siret.isValid("73282932000075")).isFalse();
		assertThat(Siret.isValid("73282932000073")).isFalse();
	}

	@Test
	void twoSwappedDigitsAreRefused() {
		assertThat(Siret.isValid("73282923000074")).isFalse();
	}

	@Test
	void thirteenOrFifteenDigitsAreRefused() {
		assertThat(Siret.isValid("7328293200007")).isFalse();
		assertThat(Siret.isValid("732829320000740")).isFalse();
	}

	@Test
	void lettersSpacesAndNonAsciiDigitsAreRefused() {
		assertThat(Siret.isValid("7328293200007A")).isFalse();
		assertThat(Siret.isValid("732 829 320 00074")).isFalse();
		assertThat(Siret.isValid("٧٣٢٨٢٩٣٢٠٠٠٠٧٤")).isFalse();
	}

	@Test
	void nothingAndAnEmptyTextAreNotASiret() {
		assertThat(Siret.isValid(null)).isFalse();
		assertThat(Siret.isValid("")).isFalse();
	}

	@Test
	void aLaPosteEstablishmentIsValidWhenItsDigitsAddUpToAMultipleOfFive() {
		// 3+5+6+1 = 15, while the Luhn check fails
		assertThat(Siret.isValid("35600000000001")).isTrue();
		// 3+5+6+1+2+3 = 20
		assertThat(Siret.isValid("35600000000123")).isTrue();
	}

	@Test
	void aLaPosteEstablishmentPassingOnlyTheLuhnCheckIsRefused() {
		// valid Luhn key, but 3+5+6+1+4 = 19
		assertThat(Siret.isValid("35600000000014")).isFalse();
	}

	@Test
	void laPosteHeadOfficeKeepsTheLuhnRule() {
		// digits add up to 26, not a multiple of 5: only the Luhn key makes it valid
		assertThat(Siret.isValid("35600000000048")).isTrue();
	}

	@Test
	void theLaPosteRuleOnlyAppliesToItsSiren() {
		// digits add up to 15 but the SIREN is not La Poste's and the Luhn key is wrong
		assertThat(Siret.isValid("35600000100000")).isFalse();
	}

}
