package fr.metropolerouen.guichetess.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * What people type in the forms of every area, read the French way: amounts « 1 234,56 », « 1234.56 » or
 * « 1 234 € » (spaces, no-break spaces and the euro sign are ignored), dates « 10/12/2026 » or ISO « 2026-12-10 »
 * (an impossible date such as 31/02 is not one). Each returns null for a blank or unreadable text: the form says
 * why, next to the field, in its own words.
 */
public final class TypedInput {

	private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private TypedInput() {
	}

	public static BigDecimal amount(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String plain = typed.replaceAll("[\\s\\u00A0\\u202F€]", "").replace(',', '.');
		return plain.matches("-?\\d+(\\.\\d+)?") ? new BigDecimal(plain) : null;
	}

	public static LocalDate date(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String text = typed.strip();
		try {
			return text.contains("-") ? LocalDate.parse(text) : LocalDate.parse(text, FRENCH_DATE);
		}
		catch (DateTimeParseException notADate) {
			return null;
		}
	}

}
