package fr.metropolerouen.guichetess.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.dossier.DossierStatistics.DossierInProgress;
import fr.metropolerouen.guichetess.dossier.DossierStatistics.DossierLabel;
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

}
