package fr.metropolerouen.guichetess.dossier;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import fr.metropolerouen.guichetess.web.TypedInput;

/** Amounts as officers type them: {@code 1 234,56}, {@code 1234.56}, {@code 1 234 €}. */
final class OfficerAmounts {

	/** Digits with optional spaces between groups, a comma or a point and at most two decimals, an optional €. */
	static final String PATTERN = "^[\\s\\u00A0\\u202F]*\\d[\\d\\s\\u00A0\\u202F]*([.,]\\d{1,2})?[\\s\\u00A0\\u202F]*€?[\\s\\u00A0\\u202F]*$";

	private static final Pattern AMOUNT = Pattern.compile(PATTERN);

	private OfficerAmounts() {
	}

	/** The amount typed, or null when the text is blank or not an amount (Bean Validation reports it). */
	static BigDecimal parse(String typed) {
		if (typed == null || typed.isBlank() || !AMOUNT.matcher(typed).matches()) {
			return null;
		}
		return TypedInput.amount(typed);
	}

}
