package fr.metropolerouen.guichetess.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import fr.metropolerouen.guichetess.scheme.AidScheme;

/** One line of {@code GET /api/dossiers}. */
record DossierSummary(UUID id, String reference, DossierStatus status, String statusLabel, AidScheme scheme,
		String projectTitle, UUID organisationId, String organisationName, BigDecimal requestedAmount,
		BigDecimal grantedAmount, Instant createdAt, Instant submittedAt) {
}
