package fr.metropolerouen.guichetess.committee;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.dossier.DossierStatus;
import fr.metropolerouen.guichetess.scheme.AidScheme;

/** A committee session with its agenda in order. */
public record SessionView(UUID id, LocalDate date, String title, Instant createdAt, String createdBy,
		List<Item> agenda) {

	/** An agenda line: the dossier as the officer presented it, and the decision once taken. */
	public record Item(int position, UUID dossierId, String reference, AidScheme scheme, String organisationName,
			String projectTitle, BigDecimal requestedAmount, BigDecimal proposedAmount, String opinion,
			DossierStatus dossierStatus, DecisionOutcome outcome, BigDecimal amount, String reasons,
			Instant decidedAt, String decidedBy) {
	}

}
