package fr.metropolerouen.guichetess.committee;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.letter.LetterKind;
import fr.metropolerouen.guichetess.web.PageController;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The officer's dossier page previews the decision letter here (PDF marked « PROJET »), as
 * {@code GET /api/dossiers/{id}/letters/preview} does; a refusal shows the « Action refusée » page.
 */
@PageController
class OfficerDecisionLetterPreview {

	private final DecisionLetterPreviews previews;

	private final CurrentActor currentActor;

	OfficerDecisionLetterPreview(DecisionLetterPreviews previews, CurrentActor currentActor) {
		this.previews = previews;
		this.currentActor = currentActor;
	}

	@GetMapping("/instruction/dossiers/{dossierId}/apercu-courrier")
	ResponseEntity<byte[]> preview(@PathVariable UUID dossierId,
			@RequestParam(defaultValue = "GRANT_DECISION") LetterKind kind) {
		byte[] pdf = previews.preview(dossierId, kind, currentActor.get());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename("projet-" + kind.name().toLowerCase() + ".pdf", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(pdf);
	}

}
