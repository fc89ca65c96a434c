package fr.metropolerouen.guichetess.agreement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A dossier's grant agreement as the API shows it.
 *
 * @param annualAmount the largest part of the grant planned for one budget year, compared with the threshold
 * @param letterId the agreement to sign, among the dossier's letters
 * @param signedCopyDocumentId the copy signed by the beneficiary, among the dossier's documents
 */
public record GrantAgreementView(UUID dossierId, AgreementStatus status, String statusLabel,
		BigDecimal annualAmount, UUID letterId, UUID signedCopyDocumentId, Instant beneficiarySignedAt,
		LocalDate countersignedOn, String countersignedBy, Instant createdAt) {
}
