package fr.metropolerouen.guichetess.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import fr.metropolerouen.guichetess.shared.FrenchFormat;
import org.springframework.stereotype.Component;

/**
 * French typography of the officer's pages, for templates ({@code ${@officerFormat.euros(x)}}): amounts
 * {@code 12 345,67 €}, dates dd/MM/yyyy and times in the Métropole's time zone. An absent value is an empty text.
 */
@Component("officerFormat")
public class OfficerFormat {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	public String euros(BigDecimal amount) {
		return amount == null ? "" : FrenchFormat.euros(amount);
	}

	/** An amount as a user would type it in a field: {@code 1234,50}. */
	public String input(BigDecimal amount) {
		return amount == null ? "" : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
	}

	/** A date ({@link LocalDate}) or the day of an instant, dd/MM/yyyy. */
	public String date(Object value) {
		return format(value, DATE);
	}

	public String dateTime(Object value) {
		return format(value, DATE_TIME);
	}

	/** The ISO form of a date or instant, for {@code <time datetime>}. */
	public String iso(Object value) {
		if (value instanceof Instant instant) {
			return instant.toString();
		}
		return value == null ? "" : value.toString();
	}

	private static String format(Object value, DateTimeFormatter format) {
		if (value == null) {
			return "";
		}
		TemporalAccessor temporal = value instanceof Instant instant ? instant.atZone(FrenchFormat.ZONE)
				: (TemporalAccessor) value;
		if (temporal instanceof LocalDate day && format == DATE_TIME) {
			return DATE.format(day);
		}
		return format.format(temporal);
	}

}
