package fr.metropolerouen.guichetess.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import fr.metropolerouen.guichetess.applicant.OrganisationView;
import fr.metropolerouen.guichetess.applicant.Organisations;
import fr.metropolerouen.guichetess.dossier.DeMinimisAid;
import fr.metropolerouen.guichetess.dossier.DossierData;
import fr.metropolerouen.guichetess.dossier.DossierSnapshot;
import fr.metropolerouen.guichetess.dossier.Dossiers;
import fr.metropolerouen.guichetess.scheme.SchemeCatalogue;
import fr.metropolerouen.guichetess.scheme.Territory;
import fr.metropolerouen.guichetess.shared.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers, for one submitted dossier, the facts its eligibility is judged on. */
@Service
public class EligibilityFactsBuilder {

	private final Dossiers dossiers;

	private final Organisations organisations;

	private final Territory territory;

	private final SchemeCatalogue schemes;

	EligibilityFactsBuilder(Dossiers dossiers, Organisations organisations, Territory territory,
			SchemeCatalogue schemes) {
		this.dossiers = dossiers;
		this.organisations = organisations;
		this.territory = territory;
		this.schemes = schemes;
	}

	@Transactional(readOnly = true)
	public EligibilityFacts factsFor(UUID dossierId) {
		DossierSnapshot dossier = dossiers.get(dossierId);
		DossierData data = dossier.data();
		OrganisationView organisation = organisations.get(dossier.organisationId());
		LocalDate submitted = dossier.submissionDate();
		return new EligibilityFacts(dossier.scheme().name(), organisation.legalFormCode(),
				territory.contains(data.communeInseeCode()), organisation.employees(), data.requestedAmount(),
				deMinimisReceived(data, submitted), schemes.deMinimisCeiling(), projectStartDate(data), submitted);
	}

	/** Aid granted within the rolling window that ends on the submission date (EU 2023/2831, art. 3). */
	private BigDecimal deMinimisReceived(DossierData data, LocalDate submitted) {
		LocalDate windowStart = submitted.minusYears(schemes.deMinimisWindowYears());
		return data.deMinimisAids()
			.stream()
			.filter(aid -> aid.grantedOn().isAfter(windowStart) && !aid.grantedOn().isAfter(submitted))
			.map(DeMinimisAid::amount)
			.reduce(Money.ZERO, BigDecimal::add);
	}

	private static LocalDate projectStartDate(DossierData data) {
		return switch (data.scheme()) {
			case IMMOBILIER_ESS -> data.worksStartDate();
			case LOCATION_ESS -> data.leaseStartDate();
		};
	}

}
