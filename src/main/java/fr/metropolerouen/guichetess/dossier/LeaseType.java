package fr.metropolerouen.guichetess.dossier;

/** The kind of lease a Dynamique Location ESS dossier is for; only a commercial lease of offices is eligible. */
public enum LeaseType {

	/** Bail commercial de bureaux (Code de commerce, art. L. 145-1 et suivants). */
	COMMERCIAL_OFFICE_LEASE,
	/** Bail commercial d'autres locaux (atelier, boutique, entrepôt…). */
	OTHER_COMMERCIAL_LEASE,
	/** Bail précaire ou dérogatoire. */
	PRECARIOUS_LEASE,
	/** Occupation du domaine public ou privé de la Métropole. */
	METROPOLE_DOMAIN_OCCUPATION

}
