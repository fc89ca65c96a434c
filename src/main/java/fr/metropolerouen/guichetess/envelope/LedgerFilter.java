package fr.metropolerouen.guichetess.envelope;

import java.time.LocalDate;
import java.util.UUID;

import fr.metropolerouen.guichetess.scheme.AidScheme;

/**
 * Which ledger entries to read; every criterion is optional.
 *
 * @param year the envelope's budget year
 * @param from first operation date included
 * @param to last operation date included
 */
public record LedgerFilter(AidScheme scheme, Integer year, UUID dossierId, EntryKind kind, LocalDate from,
		LocalDate to) {
}
