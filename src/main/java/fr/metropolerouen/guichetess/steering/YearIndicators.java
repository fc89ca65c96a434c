package fr.metropolerouen.guichetess.steering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.metropolerouen.guichetess.scheme.AidScheme;

/**
 * The indicators of the dossiers submitted during a year (the year's cohort), per scheme and for all schemes, as
 * they stand on {@code computedOn}: what became of them, their money, their beneficiaries and the jobs declared.
 */
record YearIndicators(int year, LocalDate computedOn, List<SchemeIndicators> schemes, SchemeIndicators allSchemes) {

	/** The name of the total of all schemes, wherever figures are given per scheme. */
	static final String ALL_SCHEMES = "Tous dispositifs";

	/** One scheme's figures; {@code scheme} is null for the total of all schemes. */
	record SchemeIndicators(AidScheme scheme, String schemeName, DossierCounts dossiers, Amounts amounts,
			Beneficiaries beneficiaries, JobFigures jobsDeclared, JobFigures jobsOfGrants) {
	}

	/**
	 * What became of the year's dossiers. A granted dossier stays counted as granted when its grant is later withdrawn
	 * ({@code grantWithdrawn}) or lapses ({@code lapsed}); the other counts exclude each other.
	 */
	record DossierCounts(long received, long eligible, long granted, long refused, long withdrawn,
			long closedWithoutFollowUp, long lapsed, long grantWithdrawn, long inProgress) {
	}

	/**
	 * Euros: requested at application, granted by the committee, paid to the beneficiaries and released (given back
	 * to the envelope: lapse, withdrawal, balance below the grant).
	 */
	record Amounts(BigDecimal requested, BigDecimal granted, BigDecimal paid, BigDecimal released) {
	}

	/** Distinct organisations granted, per statutory family and per commune of their seat, most numerous first. */
	record Beneficiaries(long total, List<Share> byLegalFamily, List<Share> byCommune) {
	}

	record Share(String code, String label, long count) {
	}

	/**
	 * Jobs as declared on the application forms: salaried headcount of the organisation, jobs the project creates and
	 * jobs it keeps; {@code dossiers} is how many dossiers declared them.
	 */
	record JobFigures(long dossiers, long headcount, long created, long kept) {
	}

}
