package fr.metropolerouen.guichetess.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.scheme.AidScheme;

/** A dossier's state at one moment, as other modules read it. */
public record DossierSnapshot(UUID id, String reference, AidScheme scheme, DossierStatus status, UUID organisationId,
		DossierData data, Instant createdAt, Instant submittedAt, LocalDate submissionDate, String ruleSetVersion,
		MissingDocuments missingDocuments, EligibilityView eligibility, BigDecimal suggestedAmount,
		BigDecimal proposedAmount, String opinion, String proposalJustification, BigDecimal grantedAmount,
		LocalDate decisionDate, String decisionReasons, Instant closedAt, String deliberationNumber) {

	/** Silence kept on a subsidy request for this long is an implicit rejection (CRPA L. 231-4). */
	public static final int IMPLICIT_REJECTION_MONTHS = 2;

	/**
	 * The day the administration's silence becomes an implicit rejection: two months after the submission, while
	 * no decision has ended the procedure; null for a draft and once the dossier is decided, withdrawn or closed.
	 */
	public LocalDate implicitRejectionDate() {
		if (submissionDate == null || status == DossierStatus.DRAFT || !DossierStatus.WITHDRAWABLE.contains(status)) {
			return null;
		}
		return implicitRejectionDateOf(submissionDate);
	}

	/** Two months after the submission date: when the silence kept on a request becomes its implicit rejection. */
	public static LocalDate implicitRejectionDateOf(LocalDate submissionDate) {
		return submissionDate.plusMonths(IMPLICIT_REJECTION_MONTHS);
	}

	/** The latest request for missing documents, if any. */
	public record MissingDocuments(List<String> documentTypes, String message, Instant requestedAt) {
	}

	static DossierSnapshot of(Dossier dossier) {
		MissingDocumentsColumns missing = dossier.missingDocuments();
		MissingDocuments missingDocuments = missing.requestedAt() == null ? null
				: new MissingDocuments(dossier.missingDocumentTypes(), missing.message(), missing.requestedAt());
		return new DossierSnapshot(dossier.id(), dossier.reference(), dossier.scheme(), dossier.status(),
				dossier.organisationId(), dossier.data(), dossier.createdAt(), dossier.submittedAt(),
				dossier.submissionDate(), dossier.ruleSetVersion(), missingDocuments, EligibilityView.of(dossier),
				dossier.review().suggestedAmount(), dossier.review().proposedAmount(), dossier.review().opinion(),
				dossier.review().justification(), dossier.decision().grantedAmount(), dossier.decision().date(),
				dossier.decision().reasons(), dossier.closedAt(), dossier.decision().deliberationNumber());
	}

}
