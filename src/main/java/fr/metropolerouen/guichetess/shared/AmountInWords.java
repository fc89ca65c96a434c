package fr.metropolerouen.guichetess.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

/**
 * A euro amount written out in French words, as a letter states a sum that creates a right or a debt:
 * {@code 12345.67} → « douze mille trois cent quarante-cinq euros et soixante-sept centimes ». The numbers come from
 * ICU's French spell-out rules (« quatre-vingts », « deux cents », « vingt-et-un »); this class adds the currency:
 * « un euro », « un million d'euros », no « et zéro centime ».
 */
public final class AmountInWords {

	private static final BigDecimal ONE_MILLION = BigDecimal.valueOf(1_000_000);

	/** ICU formats are not thread-safe: one per thread. */
	private static final ThreadLocal<RuleBasedNumberFormat> SPELLOUT = ThreadLocal
		.withInitial(() -> new RuleBasedNumberFormat(ULocale.FRANCE, RuleBasedNumberFormat.SPELLOUT));

	private AmountInWords() {
	}

	/**
	 * The amount in words; cents are spelled after « et », and alone below one euro (« un centime »); zero is
	 * « zéro euro ».
	 * @param amount not negative, at most two decimals
	 */
	public static String euros(BigDecimal amount) {
		if (amount.signum() < 0) {
			throw new IllegalArgumentException("A negative amount has no words in a letter: " + amount);
		}
		BigDecimal exact = amount.setScale(2, RoundingMode.UNNECESSARY);
		BigDecimal whole = exact.setScale(0, RoundingMode.DOWN);
		long cents = exact.subtract(whole).movePointRight(2).longValueExact();
		if (cents == 0) {
			return wholeEuros(whole);
		}
		String centimes = words(cents) + (cents == 1 ? " centime" : " centimes");
		return whole.signum() == 0 ? centimes : wholeEuros(whole) + " et " + centimes;
	}

	private static String wholeEuros(BigDecimal whole) {
		String words = words(whole.longValueExact());
		if (whole.compareTo(BigDecimal.ONE) <= 0) {
			return words + " euro";
		}
		// « un million d'euros », « deux milliards d'euros »: a round count of millions is a noun taking « de »
		boolean roundMillions = whole.remainder(ONE_MILLION).signum() == 0;
		return words + (roundMillions ? " d'euros" : " euros");
	}

	private static String words(long number) {
		return SPELLOUT.get().format(number, "%spellout-cardinal-masculine");
	}

}
