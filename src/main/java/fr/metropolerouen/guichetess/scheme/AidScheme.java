package fr.metropolerouen.guichetess.scheme;

/** The Métropole's aid schemes for ESS enterprises; the prefix starts every dossier reference. */
public enum AidScheme {

	/** Dynamique Immobilier ESS: investment aid to buy, build, extend or renovate premises. */
	IMMOBILIER_ESS("DIE"),

	/** Dynamique Location ESS: aid towards the rent of premises under a commercial lease. */
	LOCATION_ESS("DLE");

	private final String referencePrefix;

	AidScheme(String referencePrefix) {
		this.referencePrefix = referencePrefix;
	}

	public String referencePrefix() {
		return referencePrefix;
	}

}
