package fr.metropolerouen.guichetess.dossier;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/dossiers/{dossierId}/documents")
@Tag(name = "Pièces justificatives")
class DocumentController {

	private final DocumentUploads uploads;

	private final DossierAccess access;

	private final Dossiers dossiers;

	private final CurrentActor currentActor;

	DocumentController(DocumentUploads uploads, DossierAccess access, Dossiers dossiers, CurrentActor currentActor) {
		this.uploads = uploads;
		this.access = access;
		this.dossiers = dossiers;
		this.currentActor = currentActor;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Joindre une pièce (PDF, JPEG ou PNG) d'un type attendu par le dispositif")
	DocumentView upload(@PathVariable UUID dossierId, @RequestPart("file") MultipartFile file,
			@RequestParam("type") String type) {
		return uploads.upload(dossierId, type, file, currentActor.get());
	}

	@GetMapping
	@Operation(summary = "Les pièces du dossier")
	List<DocumentView> list(@PathVariable UUID dossierId) {
		access.visible(dossierId, currentActor.get());
		return dossiers.documents(dossierId);
	}

	@GetMapping("/{documentId}")
	@Operation(summary = "Télécharger une pièce")
	ResponseEntity<byte[]> download(@PathVariable UUID dossierId, @PathVariable UUID documentId) {
		return attachment(uploads.download(dossierId, documentId, currentActor.get()));
	}

	/** A stored document as a download: its own type, never sniffed by the browser, under its original name. */
	static ResponseEntity<byte[]> attachment(DocumentUploads.StoredDocument document) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.metadata().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(document.metadata().fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(document.content());
	}

}
