package fr.metropolerouen.guichetess.dossier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Supplies the letters of a dossier for its detail view (implemented by the letter module). */
public interface DossierLetters {

	List<LetterSummary> lettersOf(UUID dossierId);

	record LetterSummary(UUID id, String kind, String label, Instant createdAt, String sha256) {
	}

}
