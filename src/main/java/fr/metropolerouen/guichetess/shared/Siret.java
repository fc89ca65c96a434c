package fr.metropolerouen.guichetess.shared;

/**
 * The SIRET of an establishment: 14 digits, the first nine being a SIREN with its own Luhn key, and the whole with a
 * valid Luhn key; La Poste's establishments (SIREN 356000000) are numbered with a digit sum multiple of 5 instead
 * (INSEE rule, as in the open-data validators).
 */
public final class Siret {

	private static final String LA_POSTE = "356000000";

	private Siret() {
	}

	public static boolean isValid(String siret) {
		if (siret == null || !siret.matches("\\d{14}")) {
			return false;
		}
		if (siret.startsWith(LA_POSTE) && !siret.equals("35600000000048")) {
			return siret.chars().map(c -> c - '0').sum() % 5 == 0;
		}
		return luhn(siret.substring(0, 9)) && luhn(siret);
	}

	private static boolean luhn(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

}
