package fr.metropolerouen.guichetess.committee;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.letter.LetterKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Courriers")
class DecisionLetterPreviewController {

	private final DecisionLetterPreviews previews;

	private final CurrentActor currentActor;

	DecisionLetterPreviewController(DecisionLetterPreviews previews, CurrentActor currentActor) {
		this.previews = previews;
		this.currentActor = currentActor;
	}

	@GetMapping("/api/dossiers/{dossierId}/letters/preview")
	@Operation(summary = "Aperçu du courrier de décision (PDF, non notifié)",
			description = "Le courrier que recevrait le dossier, rendu maintenant avec la décision enregistrée en "
					+ "séance avant la clôture (montant, motifs), ou la proposition de l'instruction tant qu'aucune "
					+ "décision n'est enregistrée. Marqué « PROJET – document non notifié » ; rien n'est enregistré ni "
					+ "envoyé. Chargé(e) de développement et secrétariat du Bureau seulement. 409 si le dossier "
					+ "n'attend pas la décision du Bureau ou si la décision enregistrée est d'une autre nature.")
	ResponseEntity<byte[]> preview(@PathVariable UUID dossierId,
			@Parameter(description = "GRANT_DECISION ou REFUSAL_DECISION") @RequestParam LetterKind kind) {
		byte[] pdf = previews.preview(dossierId, kind, currentActor.get());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("projet-" + kind.name().toLowerCase() + ".pdf",
							StandardCharsets.UTF_8).build().toString())
			.body(pdf);
	}

}
