package fr.metropolerouen.guichetess.letter;

import java.util.UUID;

import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.web.PageController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The letters of a dossier downloaded from the applicant's and the officer's pages, exactly as the API serves them
 * ({@code GET /api/dossiers/{id}/letters/{letterId}}), to whoever may see the dossier.
 */
@PageController
class LetterDownloadPages {

	private final Letters letters;

	private final CurrentActor currentActor;

	LetterDownloadPages(Letters letters, CurrentActor currentActor) {
		this.letters = letters;
		this.currentActor = currentActor;
	}

	@GetMapping({ "/espace/dossiers/{dossierId}/courriers/{letterId}",
			"/instruction/dossiers/{dossierId}/courriers/{letterId}" })
	ResponseEntity<byte[]> download(@PathVariable UUID dossierId, @PathVariable UUID letterId) {
		return LetterController.pdf(letters.file(dossierId, letterId, currentActor.get()));
	}

}
