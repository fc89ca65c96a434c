package fr.metropolerouen.guichetess.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.metropolerouen.guichetess.scheme.AidScheme;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts and lists of dossiers for finance and reporting, read in a few queries whatever the number of dossiers.
 * Years are budget years of the dates in question: submission, decision, or closure of an ineligible dossier.
 */
@Service
@Transactional(readOnly = true)
public class DossierStatistics {

	/** Dossiers that may still be granted: in instruction, or waiting for the committee. */
	public static final Collection<DossierStatus> IN_PROGRESS = EnumSet.of(DossierStatus.SUBMITTED,
			DossierStatus.AWAITING_DOCUMENTS, DossierStatus.UNDER_REVIEW, DossierStatus.AWAITING_COMMITTEE);

	/** The statuses of a dossier that the committee granted, whatever happened to the grant since. */
	public static final Collection<DossierStatus> GRANTED_ONCE = EnumSet.of(DossierStatus.GRANTED,
			DossierStatus.CLOSED, DossierStatus.GRANT_WITHDRAWN, DossierStatus.LAPSED);

	private final DossierStatisticsRepository dossiers;

	DossierStatistics(DossierStatisticsRepository dossiers) {
		this.dossiers = dossiers;
	}

	/** Dossiers submitted during each year of the period, per scheme. */
	public List<SchemeYearCount> receivedPerYear(int fromYear, int toYear) {
		return dossiers.submittedPerYear(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
	}

	/**
	 * Dossiers refused during each year of the period, per scheme: by the committee (on its decision's date) or by
	 * the officer who confirmed their ineligibility (on that day).
	 */
	public List<SchemeYearCount> refusedPerYear(int fromYear, int toYear) {
		List<SchemeYearCount> byCommittee = dossiers.refusedByCommitteePerYear(LocalDate.of(fromYear, 1, 1),
				LocalDate.of(toYear, 12, 31));
		Map<List<Object>, Long> counts = byCommittee.stream()
			.collect(Collectors.toMap(c -> List.of(c.scheme(), c.year()), SchemeYearCount::count, Long::sum));
		Instant from = LocalDate.of(fromYear, 1, 1).atStartOfDay(FrenchFormat.ZONE).toInstant();
		Instant to = LocalDate.of(toYear + 1, 1, 1).atStartOfDay(FrenchFormat.ZONE).toInstant();
		for (Object[] closed : dossiers.refusedAsIneligible(from, to)) {
			int year = ((Instant) closed[1]).atZone(FrenchFormat.ZONE).getYear();
			counts.merge(List.of(closed[0], year), 1L, Long::sum);
		}
		return counts.entrySet()
			.stream()
			.map(e -> new SchemeYearCount((AidScheme) e.getKey().get(0), (Integer) e.getKey().get(1), e.getValue()))
			.toList();
	}

	/** Dossiers granted by a decision dated within the period (whatever happened to them since). */
	public List<GrantedDossier> grantedBetween(LocalDate from, LocalDate to) {
		return dossiers.grantedBetween(from, to);
	}

	/** Dossiers that may still be granted, with the amounts known so far. */
	public List<DossierInProgress> inProgress() {
		return dossiers.inProgress(IN_PROGRESS);
	}

	/** The dossiers submitted during the year, with what became of them so far. */
	public List<SubmittedDossier> submittedIn(int year) {
		return dossiers.submittedBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/** Dossiers per scheme, year of submission and current status, with their amounts, over the period. */
	public List<SchemeYearStatus> statusesPerYear(int fromYear, int toYear) {
		return dossiers.statusesPerYear(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
	}

	/** Submitted dossiers still waiting for a decision: the administration's silence runs against them. */
	public List<OpenDossier> awaitingDecision() {
		return dossiers.open(IN_PROGRESS);
	}

	/** Reference and organisation of each dossier, by id. */
	public Map<UUID, DossierLabel> labels(Collection<UUID> ids) {
		return dossiers.labels(ids).stream().collect(Collectors.toMap(DossierLabel::id, Function.identity()));
	}

	public record SchemeYearCount(AidScheme scheme, Integer year, Long count) {
	}

	public record GrantedDossier(UUID id, String reference, AidScheme scheme, UUID organisationId,
			String projectTitle, BigDecimal grantedAmount, LocalDate decisionDate, DossierStatus status,
			String deliberationNumber) {
	}

	/**
	 * A dossier in progress and the amounts known so far: requested by the applicant, suggested by the rules,
	 * proposed by the officer.
	 */
	public record DossierInProgress(UUID id, String reference, AidScheme scheme, DossierStatus status,
			BigDecimal requestedAmount, BigDecimal suggestedAmount, BigDecimal proposedAmount) {
	}

	/**
	 * A dossier submitted in the period. {@code eligible}: found eligible by the rules, or by the officer over a
	 * "not eligible" or "to be reviewed" result. {@code grantedAmount} is set once the committee granted it. The job
	 * figures are those declared at application (null when not declared).
	 */
	public record SubmittedDossier(UUID id, String reference, AidScheme scheme, UUID organisationId,
			DossierStatus status, LocalDate submissionDate, boolean eligible, BigDecimal requestedAmount,
			BigDecimal grantedAmount, Integer headcount, Integer jobsCreated, Integer jobsKept) {

		/** Granted by the committee, whatever happened since (paid, withdrawn, lapsed). */
		public boolean granted() {
			return GRANTED_ONCE.contains(status);
		}

	}

	public record SchemeYearStatus(AidScheme scheme, Integer year, DossierStatus status, Long count,
			BigDecimal requestedAmount, BigDecimal grantedAmount) {
	}

	/** A submitted dossier without a decision yet. */
	public record OpenDossier(UUID id, String reference, AidScheme scheme, DossierStatus status,
			LocalDate submissionDate) {

		/** The day the silence kept on it becomes an implicit rejection (CRPA L. 231-4). */
		public LocalDate implicitRejectionDate() {
			return DossierSnapshot.implicitRejectionDateOf(submissionDate);
		}

	}

	public record DossierLabel(UUID id, String reference, AidScheme scheme, UUID organisationId) {
	}

}
