package fr.metropolerouen.guichetess.dossier;

/** The real-estate operation financed by Dynamique Immobilier ESS. */
public enum OperationType {

	ACQUISITION, CONSTRUCTION, EXTENSION, RENOVATION

}
