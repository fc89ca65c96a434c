package fr.metropolerouen.guichetess.dossier;

import java.util.UUID;

import fr.metropolerouen.guichetess.scheme.AidScheme;

/**
 * What the dossier module announces, published inside the transaction that made the change: listeners that act in
 * the same transaction (the process engine, the mail outbox) succeed or fail together with the change.
 */
public final class DossierEvents {

	private DossierEvents() {
	}

	public record DossierSubmitted(UUID dossierId, String reference, AidScheme scheme, UUID organisationId) {
	}

	public record DossierResubmitted(UUID dossierId, String reference) {
	}

	public record CompletenessChecked(UUID dossierId, boolean complete) {
	}

	public record MissingDocumentsReminded(UUID dossierId) {
	}

	public record IneligibilityDecided(UUID dossierId, boolean confirmedIneligible) {
	}

	public record DossierReviewed(UUID dossierId) {
	}

	public record DossierWithdrawn(UUID dossierId, DossierStatus previousStatus) {
	}

	/** A message on the dossier, from the applicant or from the officer. */
	public record MessagePosted(UUID dossierId, UUID messageId, boolean fromApplicant) {
	}

	/**
	 * The dossier's retention period is over and its personal data are being erased, in this transaction: each module
	 * erases its own (mails, payment proofs, observations) before the dossier's documents are deleted.
	 */
	public record PersonalDataPurging(UUID dossierId) {
	}

}
