package fr.metropolerouen.guichetess.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import fr.metropolerouen.guichetess.envelope.EntryKind;
import fr.metropolerouen.guichetess.envelope.ReleaseReason;
import fr.metropolerouen.guichetess.scheme.AidScheme;

/**
 * A ledger entry with what finance needs to read it: the dossier's reference and its beneficiary.
 *
 * @param number the entry's position in its envelope's ledger
 * @param operationDate the date of the act in the budget (decision, payment order, deliberation)
 */
record LedgerLine(UUID id, AidScheme scheme, int year, int number, LocalDate operationDate, EntryKind kind,
		String kindLabel, ReleaseReason reason, BigDecimal amount, UUID dossierId, String dossierReference,
		String beneficiary, String siret, String deliberationReference, String note, Instant recordedAt,
		String recordedBy, BigDecimal availableAfter, BigDecimal remainingToPayAfter) {
}
