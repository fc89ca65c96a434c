package fr.metropolerouen.guichetess.finance;

import java.math.BigDecimal;
import java.util.List;

import fr.metropolerouen.guichetess.scheme.AidScheme;

/**
 * Per scheme and year: dossiers received, granted and refused, and the money of the grants decided that year
 * (engaged, released, paid to date, recovered), with the number of distinct beneficiaries (by SIRET). Grants imported
 * from before the Guichet count as granted, with their amounts; what was received or refused those years is unknown.
 */
record AnnualSummaryView(int fromYear, int toYear, List<Row> rows, List<Total> schemeTotals, Total total) {

	/**
	 * One scheme's year.
	 *
	 * @param received dossiers submitted that year; null when the year is only known from imported history
	 * @param refused dossiers refused that year; null when the year is only known from imported history
	 * @param paid paid to date on that year's grants, whenever it was paid
	 * @param includesHistory part of the figures come from imported history
	 */
	record Row(AidScheme scheme, String schemeName, int year, Long received, long granted, Long refused,
			BigDecimal engaged, BigDecimal released, BigDecimal paid, BigDecimal recovered, int beneficiaries,
			boolean includesHistory) {
	}

	/** The period's totals, for one scheme or (scheme null) for all; beneficiaries are counted once each. */
	record Total(AidScheme scheme, String schemeName, long granted, BigDecimal engaged, BigDecimal released,
			BigDecimal paid, BigDecimal recovered, int beneficiaries) {
	}

}
