package fr.metropolerouen.guichetess.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import fr.metropolerouen.guichetess.shared.FrenchFormat;
import org.springframework.stereotype.Component;

/** French dates and amounts for the applicant's pages ({@code ${@applicantFormat.date(x)}} in templates). */
@Component("applicantFormat")
class ApplicantPageFormat {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");

	public String date(Instant instant) {
		return instant == null ? "" : DATE.format(instant.atZone(FrenchFormat.ZONE));
	}

	public String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(FrenchFormat.ZONE));
	}

	public String euros(BigDecimal amount) {
		return amount == null ? "" : FrenchFormat.euros(amount);
	}

	public String size(long bytes) {
		return bytes < 1024 ? bytes + " o" : bytes < 1024 * 1024 ? (bytes / 1024) + " Ko" : (bytes / (1024 * 1024)) + " Mo";
	}

}
