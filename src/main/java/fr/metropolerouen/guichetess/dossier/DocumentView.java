package fr.metropolerouen.guichetess.dossier;

import java.time.Instant;
import java.util.UUID;

/** A supporting document's metadata. */
public record DocumentView(UUID id, UUID dossierId, String type, String fileName, String contentType, long size,
		String sha256, Instant uploadedAt, String uploadedBy) {
}
