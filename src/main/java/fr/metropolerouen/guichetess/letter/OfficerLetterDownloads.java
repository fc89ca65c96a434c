package fr.metropolerouen.guichetess.letter;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.web.PageController;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The officer's dossier page downloads a letter here, as {@code GET /api/dossiers/{id}/letters/{letterId}} does. */
@PageController
class OfficerLetterDownloads {

	private final Letters letters;

	private final CurrentActor currentActor;

	OfficerLetterDownloads(Letters letters, CurrentActor currentActor) {
		this.letters = letters;
		this.currentActor = currentActor;
	}

	@GetMapping("/instruction/dossiers/{dossierId}/courriers/{letterId}")
	ResponseEntity<byte[]> download(@PathVariable UUID dossierId, @PathVariable UUID letterId) {
		Letters.LetterFile letter = letters.file(dossierId, letterId, currentActor.get());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(letter.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("Repr-Digest",
					"sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(letter.sha256())) + ":")
			.header("X-Content-SHA256", letter.sha256())
			.eTag('"' + letter.sha256() + '"')
			.body(letter.content());
	}

}
