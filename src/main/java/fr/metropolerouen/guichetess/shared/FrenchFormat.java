package fr.metropolerouen.guichetess.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** French typography for amounts and dates in letters and e-mails: {@code 12 345,67 €}, {@code 26 novembre 2026}. */
public final class FrenchFormat {

	public static final Locale FRENCH = Locale.FRANCE;

	/** Legal dates (submission, decision, deadlines) are those of the Métropole's time zone. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", FRENCH);

	private FrenchFormat() {
	}

	/** Uses the JDK's French currency format: narrow no-break space between thousands, no-break space before €. */
	public static String euros(BigDecimal amount) {
		NumberFormat format = NumberFormat.getCurrencyInstance(FRENCH);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(amount);
	}

	public static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(ZONE));
	}

	/** {@code 26 novembre 2026}; the first of the month is written {@code 1er}, as French usage wants. */
	public static String longDate(LocalDate date) {
		String formatted = LONG_DATE.format(date);
		return date.getDayOfMonth() == 1 ? "1er" + formatted.substring(1) : formatted;
	}

}
