package fr.metropolerouen.guichetess.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MoneyTests {

	@Test
	void eurosHaveExactlyTwoDecimals() {
		assertThat(Money.euros(new BigDecimal("12"))).hasToString("12.00");
		assertThat(Money.euros(new BigDecimal("12.5"))).hasToString("12.50");
		assertThat(Money.euros(new BigDecimal("12345.67"))).hasToString("12345.67");
	}

	@Test
	void eurosAcceptTrailingZerosBeyondTheCent() {
		assertThat(Money.euros(new BigDecimal("12.3400"))).hasToString("12.34");
	}

	@Test
	void eurosRefuseAThirdSignificantDecimalRatherThanRoundIt() {
		assertThatThrownBy(() -> Money.euros(new BigDecimal("12.345"))).isInstanceOf(ArithmeticException.class);
		assertThatThrownBy(() -> Money.euros(new BigDecimal("0.001"))).isInstanceOf(ArithmeticException.class);
	}

	@Test
	void noAmountStaysNoAmount() {
		assertThat(Money.euros(null)).isNull();
	}

	@Test
	void zeroHasTwoDecimals() {
		assertThat(Money.ZERO).hasToString("0.00");
		assertThat(Money.orZero(null)).isSameAs(Money.ZERO);
		assertThat(Money.orZero(new BigDecimal("5.00"))).hasToString("5.00");
	}

	@Test
	void computedAmountsAreRoundedDownToTheCent() {
		assertThat(Money.roundedDown(new BigDecimal("1234.5678"))).hasToString("1234.56");
		assertThat(Money.roundedDown(new BigDecimal("1234.5699999"))).hasToString("1234.56");
		assertThat(Money.roundedDown(new BigDecimal("14000"))).hasToString("14000.00");
		assertThat(Money.roundedDown(new BigDecimal("0.009"))).hasToString("0.00");
	}

}
