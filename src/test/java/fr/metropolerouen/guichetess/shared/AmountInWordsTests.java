package fr.metropolerouen.guichetess.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountInWordsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1.00          | un euro
			2             | deux euros
			21.00         | vingt-et-un euros
			80.00         | quatre-vingts euros
			81.00         | quatre-vingt-un euros
			200.00        | deux cents euros
			201.00        | deux cent un euros
			1000.00       | mille euros
			14000.00      | quatorze mille euros
			80000.00      | quatre-vingt mille euros
			12345.67      | douze mille trois cent quarante-cinq euros et soixante-sept centimes
			1.01          | un euro et un centime
			100.50        | cent euros et cinquante centimes
			0.01          | un centime
			0.80          | quatre-vingts centimes
			0.00          | zéro euro
			1000000.00    | un million d'euros
			2000000.00    | deux millions d'euros
			1000000000.00 | un milliard d'euros
			1200000.00    | un million deux cent mille euros
			1000000.01    | un million d'euros et un centime
			""")
	void writesTheAmountInFrenchWords(BigDecimal amount, String words) {
		assertThat(AmountInWords.euros(amount)).isEqualTo(words);
	}

	@Test
	void refusesANegativeAmountAndFractionsOfACent() {
		assertThatIllegalArgumentException().isThrownBy(() -> AmountInWords.euros(new BigDecimal("-1.00")));
		assertThatExceptionOfType(ArithmeticException.class)
			.isThrownBy(() -> AmountInWords.euros(new BigDecimal("1.005")));
	}

}
