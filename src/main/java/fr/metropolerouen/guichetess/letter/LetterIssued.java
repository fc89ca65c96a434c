package fr.metropolerouen.guichetess.letter;

import java.util.UUID;

/** A letter was issued for a dossier; published in the transaction that stored it. */
public record LetterIssued(UUID letterId, UUID dossierId, LetterKind kind) {
}
