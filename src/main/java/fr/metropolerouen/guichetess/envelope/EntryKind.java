package fr.metropolerouen.guichetess.envelope;

/** The movements of an envelope's ledger. */
public enum EntryKind {

	/** Money voted for the envelope. */
	ALLOCATION,
	/** Money reserved for a granted dossier (engagement). */
	ENGAGEMENT,
	/** Unused part of an engagement given back to the envelope (dégagement). */
	RELEASE,
	/** Money paid to a beneficiary (mandatement). */
	PAYMENT

}
