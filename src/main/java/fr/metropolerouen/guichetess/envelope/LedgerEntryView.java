package fr.metropolerouen.guichetess.envelope;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A ledger line as the API shows it. */
public record LedgerEntryView(UUID id, EntryKind kind, BigDecimal amount, UUID dossierId, Instant occurredAt,
		String recordedBy, String note) {
}
