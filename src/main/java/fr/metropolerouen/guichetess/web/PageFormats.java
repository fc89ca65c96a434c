package fr.metropolerouen.guichetess.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import fr.metropolerouen.guichetess.shared.FrenchFormat;
import org.springframework.stereotype.Component;

/**
 * How pages write amounts and dates, the French way, in Paris time: {@code ${@fmt.euros(amount)}},
 * {@code ${@fmt.date(day)}}, {@code ${@fmt.dateTime(instant)}}. Nothing (an empty text) for a missing value.
 */
@Component("fmt")
public class PageFormats {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", FrenchFormat.FRENCH);

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm",
			FrenchFormat.FRENCH);

	public String euros(BigDecimal amount) {
		return amount == null ? "" : FrenchFormat.euros(amount);
	}

	public String date(LocalDate day) {
		return day == null ? "" : DAY.format(day);
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : MINUTE.format(instant.atZone(FrenchFormat.ZONE));
	}

	public String isoDateTime(Instant instant) {
		return instant == null ? "" : instant.toString();
	}

}
