package fr.metropolerouen.guichetess.shared;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The reusable field rules, as Bean Validation applies them to any request record or form. */
class InputConstraintsTests {

	private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

	private static final Validator VALIDATOR = FACTORY.getValidator();

	record Fields(@ValidSiret String siret, @InseeCommuneCode String commune, @PlausibleDate LocalDate date) {
	}

	@AfterAll
	static void close() {
		FACTORY.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "73282932000074", "35600000010000", "35600000000048" })
	void aValidSiretIncludingLaPosteSIsAccepted(String siret) {
		assertThat(VALIDATOR.validate(new Fields(siret, null, null))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "73282932000075", "7328293200007", "7328293200007A", "732 829 320 00074",
			"35600000010001" })
	void aWrongSiretIsRefusedInFrench(String siret) {
		assertThat(messages(new Fields(siret, null, null))).containsExactly(
				"n'est pas un numéro SIRET valide (14 chiffres et une clé de contrôle exacte)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "76540", "76231", "2A004", "2B033", "97411" })
	void anInseeCodeIsFiveCharactersWithCorsica(String code) {
		assertThat(VALIDATOR.validate(new Fields(null, code, null))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "7654", "765400", "76 540", "1A000", "2C004", "76-54", "ABCDE", "" })
	void anythingElseIsNotAnInseeCode(String code) {
		assertThat(messages(new Fields(null, code, null))).singleElement()
			.asString()
			.startsWith("doit être un code commune INSEE à 5 caractères");
	}

	@Test
	void aDateMustLieBetween1950AndTenYearsAhead() {
		LocalDate today = LocalDate.now(FrenchFormat.ZONE);
		assertThat(VALIDATOR.validate(new Fields(null, null, PlausibleDate.EARLIEST))).isEmpty();
		assertThat(VALIDATOR.validate(new Fields(null, null, today.plusYears(9)))).isEmpty();
		assertThat(messages(new Fields(null, null, LocalDate.of(1949, 12, 31)))).singleElement()
			.asString()
			.startsWith("n'est pas une date plausible");
		assertThat(messages(new Fields(null, null, today.plusYears(11)))).hasSize(1);
		assertThat(messages(new Fields(null, null, LocalDate.of(202, 6, 1)))).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ligne 1\r\nligne 2\tfin", "Café « l'Épi » – 12 €", "Atelier \uD83D\uDE00" })
	void lineBreaksTabsAccentsAndEmojisAreText(String text) {
		assertThat(ControlCharacters.present(text)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "a\u0000b", "\u001B[31mrouge", "fin\u007F", "\u0085", "Atelier \uD83D",
			"\uDE00 Atelier", "\uDE00\uD83D" })
	void controlCharactersAndHalfSurrogatePairsAreFound(String text) {
		assertThat(ControlCharacters.present(text)).isTrue();
	}

	private static Set<String> messages(Fields fields) {
		return VALIDATOR.validate(fields)
			.stream()
			.map(ConstraintViolation::getMessage)
			.collect(java.util.stream.Collectors.toSet());
	}

}
