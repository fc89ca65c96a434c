package fr.metropolerouen.guichetess.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class FrenchFormatTests {

	private static final char NARROW_NO_BREAK_SPACE = '\u202F';

	private static final char NO_BREAK_SPACE = '\u00A0';

	@Test
	void eurosSeparateThousandsWithANarrowNoBreakSpaceAndPutTheSignAfterANoBreakSpace() {
		String formatted = FrenchFormat.euros(new BigDecimal("12345.67"));

		assertThat(formatted).isEqualTo("12" + NARROW_NO_BREAK_SPACE + "345,67" + NO_BREAK_SPACE + "€");
		assertThat(formatted.codePoints().toArray()).containsExactly('1', '2', 0x202F, '3', '4', '5', ',', '6', '7',
				0x00A0, 0x20AC);
	}

	@Test
	void zeroEurosKeepsTwoDecimals() {
		assertThat(FrenchFormat.euros(BigDecimal.ZERO)).isEqualTo("0,00" + NO_BREAK_SPACE + "€");
	}

	@Test
	void wholeAmountsShowTheirCents() {
		assertThat(FrenchFormat.euros(new BigDecimal("14000"))).isEqualTo("14" + NARROW_NO_BREAK_SPACE + "000,00"
				+ NO_BREAK_SPACE + "€");
	}

	@Test
	void millionsHaveTwoThousandsSeparators() {
		assertThat(FrenchFormat.euros(new BigDecimal("1234567.8"))).isEqualTo("1" + NARROW_NO_BREAK_SPACE + "234"
				+ NARROW_NO_BREAK_SPACE + "567,80" + NO_BREAK_SPACE + "€");
	}

	@Test
	void amountsBelowAThousandHaveNoSeparator() {
		assertThat(FrenchFormat.euros(new BigDecimal("999.99"))).isEqualTo("999,99" + NO_BREAK_SPACE + "€");
	}

	@Test
	void longDatesSpellTheMonthInFrench() {
		assertThat(FrenchFormat.longDate(LocalDate.of(2026, 11, 26))).isEqualTo("26 novembre 2026");
		assertThat(FrenchFormat.longDate(LocalDate.of(2027, 2, 9))).isEqualTo("9 février 2027");
		assertThat(FrenchFormat.longDate(LocalDate.of(2026, 8, 31))).isEqualTo("31 août 2026");
	}

	@Test
	void theFirstOfTheMonthIsWrittenPremier() {
		assertThat(FrenchFormat.longDate(LocalDate.of(2026, 5, 1))).isEqualTo("1er mai 2026");
		assertThat(FrenchFormat.longDate(LocalDate.of(2027, 1, 1))).isEqualTo("1er janvier 2027");
	}

	@Test
	void todayIsTheDateInParisNotInUtc() {
		// 23:30 UTC on 31 December is already New Year's Day in Paris
		Clock lateEvening = Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneOffset.UTC);

		assertThat(FrenchFormat.today(lateEvening)).isEqualTo(LocalDate.of(2027, 1, 1));
	}

}
