package fr.metropolerouen.guichetess.dossier;

import java.util.UUID;

import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.web.PageController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The documents of a dossier downloaded from the applicant's and the officer's pages, exactly as the API serves them
 * ({@code GET /api/dossiers/{id}/documents/{documentId}}), to whoever may see the dossier.
 */
@PageController
class DocumentDownloadPages {

	private final DocumentUploads uploads;

	private final CurrentActor currentActor;

	DocumentDownloadPages(DocumentUploads uploads, CurrentActor currentActor) {
		this.uploads = uploads;
		this.currentActor = currentActor;
	}

	@GetMapping({ "/espace/dossiers/{dossierId}/pieces/{documentId}",
			"/instruction/dossiers/{dossierId}/pieces/{documentId}" })
	ResponseEntity<byte[]> download(@PathVariable UUID dossierId, @PathVariable UUID documentId) {
		return DocumentController.attachment(uploads.download(dossierId, documentId, currentActor.get()));
	}

}
