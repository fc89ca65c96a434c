package fr.metropolerouen.guichetess.steering;

import java.math.BigDecimal;

import fr.metropolerouen.guichetess.scheme.AidScheme;

/** One scheme's year for the charts across years: dossiers submitted that year, granted ones and their amounts. */
record YearBar(int year, AidScheme scheme, String schemeName, long received, long granted,
		BigDecimal requestedAmount, BigDecimal grantedAmount) {
}
