package fr.metropolerouen.guichetess.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import fr.metropolerouen.guichetess.shared.FrenchFormat;
import org.springframework.stereotype.Component;

/**
 * How pages write amounts, dates and sizes, the French way, in the Métropole's time zone: {@code ${@fmt.euros(x)}}
 * gives {@code 12 345,67 €}, {@code ${@fmt.date(x)}} dd/MM/yyyy (a date, or the day of an instant),
 * {@code ${@fmt.dateTime(x)}} dd/MM/yyyy à HH:mm. An absent value is an empty text.
 */
@Component("fmt")
public class PageFormats {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", FrenchFormat.FRENCH);

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm",
			FrenchFormat.FRENCH);

	public String euros(BigDecimal amount) {
		return amount == null ? "" : FrenchFormat.euros(amount);
	}

	/** An amount as a user would type it in a field: {@code 1234,50}. */
	public String input(BigDecimal amount) {
		return amount == null ? "" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
	}

	public String date(Object value) {
		return format(value, DAY);
	}

	public String dateTime(Object value) {
		return format(value, MINUTE);
	}

	/** The ISO form of a date or an instant, for {@code <time datetime>}. */
	public String iso(Object value) {
		return value == null ? "" : value.toString();
	}

	public String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " o";
		}
		return bytes < 1024 * 1024 ? (bytes / 1024) + " Ko" : (bytes / (1024 * 1024)) + " Mo";
	}

	private static String format(Object value, DateTimeFormatter format) {
		if (value == null) {
			return "";
		}
		TemporalAccessor temporal = value instanceof Instant instant ? instant.atZone(FrenchFormat.ZONE)
				: (TemporalAccessor) value;
		if (temporal instanceof LocalDate day) {
			return DAY.format(day);
		}
		return format.format(temporal);
	}

}
