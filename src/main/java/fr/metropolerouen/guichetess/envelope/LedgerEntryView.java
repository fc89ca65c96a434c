package fr.metropolerouen.guichetess.envelope;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import fr.metropolerouen.guichetess.scheme.AidScheme;

/**
 * A ledger line as the API shows it.
 *
 * @param occurredAt when the entry was recorded
 * @param number the entry's position in its envelope's ledger, from 1, without gaps
 * @param operationDate the date of the act in the budget: the decision, the payment order, the deliberation
 * @param availableAfter what the envelope could still engage once this entry was recorded
 * @param remainingToPayAfter what the envelope still had to pay once this entry was recorded
 */
public record LedgerEntryView(UUID id, EntryKind kind, BigDecimal amount, UUID dossierId, Instant occurredAt,
		String recordedBy, String note, int number, UUID envelopeId, AidScheme scheme, int year,
		LocalDate operationDate, ReleaseReason reason, String deliberationReference, BigDecimal availableAfter,
		BigDecimal remainingToPayAfter) {
}
