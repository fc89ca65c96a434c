package fr.metropolerouen.guichetess.steering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.dossier.DossierStatus;
import fr.metropolerouen.guichetess.scheme.AidScheme;

/**
 * How the procedure ran for the dossiers submitted during {@code year}, from the process engine's history: the time
 * spent in each step and the rounds of missing documents, per scheme (and for all schemes) and per officer; and,
 * whatever their year, the dossiers still without a decision whose implicit-rejection date is near or passed.
 *
 * @param warningDays a dossier is listed when its implicit-rejection date is at most this many days away
 */
record ProcessAnalyticsView(int year, LocalDate computedOn, List<GroupSteps> stepTimesPerScheme,
		List<GroupSteps> stepTimesPerOfficer, List<Rework> reworkPerScheme, List<Rework> reworkPerOfficer,
		int warningDays, List<NearRejection> nearImplicitRejection, List<GroupCount> nearRejectionPerScheme,
		List<GroupCount> nearRejectionPerOfficer) {

	/** The officer of a dossier that no officer has handled yet. */
	static final String UNASSIGNED = "Non attribué";

	/** A scheme's (or an officer's) times, one per step; {@code group} is the scheme's name or the officer's login. */
	record GroupSteps(String group, List<StepTime> steps) {
	}

	/**
	 * Time spent in a step, in days with one decimal: {@code samples} dossiers went through it (one sample per
	 * payment request for the payment step).
	 */
	record StepTime(ProcessStep step, String label, long samples, BigDecimal medianDays, BigDecimal p90Days) {
	}

	/** Rounds of missing documents (rework loops): how many dossiers needed one, how many rounds in all, the most. */
	record Rework(String group, long dossiers, long dossiersWithRework, long rounds, long mostRounds) {
	}

	/** {@code daysLeft} is negative once the date has passed. */
	record NearRejection(UUID dossierId, String reference, AidScheme scheme, String schemeName, DossierStatus status,
			String statusLabel, String officer, LocalDate submissionDate, LocalDate implicitRejectionDate,
			long daysLeft) {
	}

	record GroupCount(String group, long count) {
	}

}
