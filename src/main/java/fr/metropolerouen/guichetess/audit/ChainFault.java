package fr.metropolerouen.guichetess.audit;

/** Why an entry of the chain does not verify. */
enum ChainFault {

	/** Its fields (who, when, what, before, after, digest of the details) are not those its hash sealed. */
	ALTERED_ENTRY("contenu modifié : l'empreinte de l'entrée ne correspond plus à ses champs"),

	/** Its details are not those whose digest the chain sealed. */
	ALTERED_DETAILS("détails modifiés : ils ne correspondent plus à l'empreinte scellée"),

	/** It does not carry the hash of the entry before it: an entry was replaced or the chain rewritten. */
	BROKEN_LINK("chaînage rompu : l'entrée ne porte pas l'empreinte de la précédente"),

	/** This position is absent: the entry was deleted. */
	MISSING_ENTRY("entrée supprimée : cette position manque dans la chaîne"),

	/** The chain ends before its head: the last entries were deleted. */
	MISSING_TAIL("fin de chaîne supprimée : la dernière entrée ne correspond pas à la tête de la chaîne"),

	/** Its details were emptied, but no erasure of that subject (retention purge) was recorded after it. */
	UNRECORDED_ERASURE("détails effacés sans purge enregistrée");

	private final String frenchLabel;

	ChainFault(String frenchLabel) {
		this.frenchLabel = frenchLabel;
	}

	String frenchLabel() {
		return frenchLabel;
	}

}
