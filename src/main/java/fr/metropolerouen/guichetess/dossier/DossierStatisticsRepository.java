package fr.metropolerouen.guichetess.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.dossier.DossierStatistics.DossierInProgress;
import fr.metropolerouen.guichetess.dossier.DossierStatistics.DossierLabel;
import fr.metropolerouen.guichetess.dossier.DossierStatistics.OpenDossier;
import fr.metropolerouen.guichetess.dossier.DossierStatistics.SchemeYearStatus;
import fr.metropolerouen.guichetess.dossier.DossierStatistics.SubmittedDossier;
import fr.metropolerouen.guichetess.dossier.DossierStatistics.GrantedDossier;
import fr.metropolerouen.guichetess.dossier.DossierStatistics.SchemeYearCount;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface DossierStatisticsRepository extends Repository<Dossier, java.util.UUID> {

	@Query("""
			select new fr.metropolerouen.guichetess.dossier.DossierStatistics$SchemeYearCount(d.scheme,
				extract(year from d.submissionDate), count(d))
			from Dossier d where d.submissionDate between :from and :to
			group by d.scheme, extract(year from d.submissionDate)""")
	List<SchemeYearCount> submittedPerYear(LocalDate from, LocalDate to);

	@Query("""
			select new fr.metropolerouen.guichetess.dossier.DossierStatistics$SchemeYearCount(d.scheme,
				extract(year from d.decision.date), count(d))
			from Dossier d
			where d.decision.outcome = fr.metropolerouen.guichetess.dossier.DecisionColumns$Outcome.REFUSED
				and d.decision.date between :from and :to
			group by d.scheme, extract(year from d.decision.date)""")
	List<SchemeYearCount> refusedByCommitteePerYear(LocalDate from, LocalDate to);

	/** Scheme and closing instant of each dossier refused as ineligible by the officer within the period. */
	@Query("""
			select d.scheme, d.closedAt from Dossier d
			where d.status = fr.metropolerouen.guichetess.dossier.DossierStatus.REFUSED and d.decision.outcome is null
				and d.closedAt >= :from and d.closedAt < :to""")
	List<Object[]> refusedAsIneligible(Instant from, Instant to);

	@Query("""
			select new fr.metropolerouen.guichetess.dossier.DossierStatistics$GrantedDossier(d.id, d.reference,
				d.scheme, d.organisationId, d.project.projectTitle, d.decision.grantedAmount, d.decision.date, d.status,
				d.decision.deliberationNumber)
			from Dossier d
			where d.decision.outcome = fr.metropolerouen.guichetess.dossier.DecisionColumns$Outcome.GRANTED
				and d.decision.date between :from and :to
			order by d.decision.date, d.reference""")
	List<GrantedDossier> grantedBetween(LocalDate from, LocalDate to);

	@Query("""
			select new fr.metropolerouen.guichetess.dossier.DossierStatistics$DossierInProgress(d.id, d.reference,
				d.scheme, d.status, d.project.requestedAmount, d.review.suggestedAmount, d.review.proposedAmount)
			from Dossier d where d.status in :statuses order by d.reference""")
	List<DossierInProgress> inProgress(Collection<DossierStatus> statuses);

	@Query("""
			select new fr.metropolerouen.guichetess.dossier.DossierStatistics$DossierLabel(d.id, d.reference, d.scheme,
				d.organisationId)
			from Dossier d where d.id in :ids""")
	List<DossierLabel> labels(Collection<UUID> ids);

	/** The dossiers submitted within the period, with what became of them so far (see {@link SubmittedDossier}). */
	@Query("""
			select new fr.metropolerouen.guichetess.dossier.DossierStatistics$SubmittedDossier(d.id, d.reference,
				d.scheme, d.organisationId, d.status, d.submissionDate,
				case when d.eligibility.verdict = fr.metropolerouen.guichetess.dossier.EligibilityVerdict.ELIGIBLE
					or d.eligibility.officerDecision
						= fr.metropolerouen.guichetess.dossier.EligibilityColumns$OfficerDecision.OVERRIDDEN
					then true else false end,
				d.project.requestedAmount, d.decision.grantedAmount, d.project.headcount, d.project.jobsCreated,
				d.project.jobsKept)
			from Dossier d where d.submissionDate between :from and :to
			order by d.submissionDate, d.reference""")
	List<SubmittedDossier> submittedBetween(LocalDate from, LocalDate to);

	/** Dossiers per scheme, year of submission and status, with the amounts requested and granted. */
	@Query("""
			select new fr.metropolerouen.guichetess.dossier.DossierStatistics$SchemeYearStatus(d.scheme,
				extract(year from d.submissionDate), d.status, count(d), coalesce(sum(d.project.requestedAmount), 0),
				coalesce(sum(d.decision.grantedAmount), 0))
			from Dossier d where d.submissionDate between :from and :to
			group by d.scheme, extract(year from d.submissionDate), d.status""")
	List<SchemeYearStatus> statusesPerYear(LocalDate from, LocalDate to);

	@Query("""
			select new fr.metropolerouen.guichetess.dossier.DossierStatistics$OpenDossier(d.id, d.reference, d.scheme,
				d.status, d.submissionDate)
			from Dossier d where d.status in :statuses and d.submissionDate is not null
			order by d.submissionDate, d.reference""")
	List<OpenDossier> open(Collection<DossierStatus> statuses);

}
