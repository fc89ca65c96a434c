package fr.metropolerouen.guichetess.letter;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.CurrentActor;
import fr.metropolerouen.guichetess.dossier.DossierLetters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/dossiers/{dossierId}/letters")
@Tag(name = "Courriers")
class LetterController {

	private final Letters letters;

	private final CurrentActor currentActor;

	LetterController(Letters letters, CurrentActor currentActor) {
		this.letters = letters;
		this.currentActor = currentActor;
	}

	@GetMapping
	@Operation(summary = "Les courriers du dossier")
	List<DossierLetters.LetterSummary> list(@PathVariable UUID dossierId) {
		return letters.of(dossierId, currentActor.get());
	}

	@GetMapping("/{letterId}")
	@Operation(summary = "Télécharger un courrier (PDF)",
			description = "L'en-tête Repr-Digest (RFC 9530) et X-Content-SHA256 portent l'empreinte SHA-256 enregistrée "
					+ "à l'émission du courrier.")
	ResponseEntity<byte[]> download(@PathVariable UUID dossierId, @PathVariable UUID letterId) {
		return pdf(letters.file(dossierId, letterId, currentActor.get()));
	}

	/** A letter's PDF with its fingerprint: the integrity headers let the reader check what was issued. */
	static ResponseEntity<byte[]> pdf(Letters.LetterFile letter) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(letter.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(letter.sha256()))
					+ ":")
			.header("X-Content-SHA256", letter.sha256())
			.eTag('"' + letter.sha256() + '"')
			.body(letter.content());
	}

}
