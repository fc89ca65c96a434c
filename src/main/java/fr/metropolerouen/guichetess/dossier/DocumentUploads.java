package fr.metropolerouen.guichetess.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.scheme.DocumentType;
import fr.metropolerouen.guichetess.scheme.SchemeCatalogue;
import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.FileStore;
import fr.metropolerouen.guichetess.shared.InvalidRequestException;
import fr.metropolerouen.guichetess.shared.InvalidRequestException.FieldError;
import fr.metropolerouen.guichetess.shared.NotFoundException;
import fr.metropolerouen.guichetess.shared.upload.FileFormat;
import fr.metropolerouen.guichetess.shared.upload.FileNames;
import fr.metropolerouen.guichetess.shared.upload.UploadInspector;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Supporting documents: application documents while the dossier is being put together or completed, payment proofs
 * (invoices, rent receipts) and the signed grant agreement once the aid is granted.
 */
@Service
@Transactional
class DocumentUploads {

	private static final Set<DossierStatus> APPLICATION_DOCUMENTS_OPEN = EnumSet.of(DossierStatus.DRAFT,
			DossierStatus.SUBMITTED, DossierStatus.AWAITING_DOCUMENTS);

	private final DossierAccess access;

	private final SupportingDocumentRepository documents;

	private final SchemeCatalogue schemes;

	private final FileStore files;

	private final DossierJournal journal;

	private final Clock clock;

	private final UploadInspector inspector;

	DocumentUploads(DossierAccess access, SupportingDocumentRepository documents, SchemeCatalogue schemes,
			FileStore files, DossierJournal journal, Clock clock, UploadInspector inspector) {
		this.access = access;
		this.documents = documents;
		this.schemes = schemes;
		this.files = files;
		this.journal = journal;
		this.clock = clock;
		this.inspector = inspector;
	}

	DocumentView upload(UUID dossierId, String type, MultipartFile file, Actor applicant) {
		Dossier dossier = access.visibleForUpdate(dossierId, applicant);
		DocumentType documentType = acceptedType(dossier, type);
		byte[] content = contentOf(file);
		FileFormat format = inspector.inspect("file", content, documentType.formats());
		String fileName = FileNames.safe(file.getOriginalFilename(), format, "piece");
		FileStore.StoredFile stored = files.store(content);
		SupportingDocument document = documents.save(new SupportingDocument(dossier.id(), documentType.code(),
				fileName, format.mediaType(), stored.size(), stored.sha256(), clock.instant(), applicant.username()));
		journal.record(dossier.id(), applicant, TimelineAction.DOCUMENT_ADDED,
				documentType.label() + " : " + fileName + ".");
		return document.view();
	}

	@Transactional(readOnly = true)
	StoredDocument download(UUID dossierId, UUID documentId, Actor actor) {
		Dossier dossier = access.visible(dossierId, actor);
		SupportingDocument document = documents.findByIdAndDossierId(documentId, dossier.id())
			.orElseThrow(() -> new NotFoundException("Pièce introuvable."));
		return new StoredDocument(document.view(), files.read(document.sha256()));
	}

	private DocumentType acceptedType(Dossier dossier, String code) {
		List<DocumentType> accepted;
		if (APPLICATION_DOCUMENTS_OPEN.contains(dossier.status())) {
			accepted = schemes.requiredDocuments(dossier.scheme());
		}
		else if (dossier.status() == DossierStatus.GRANTED) {
			accepted = Stream.concat(schemes.paymentProofDocuments(dossier.scheme()).stream(),
					schemes.grantDocuments(dossier.scheme()).stream()).toList();
		}
		else {
			throw new ConflictException("Le dossier " + dossier.label() + " n'accepte plus de pièces (statut « "
					+ dossier.status().frenchLabel() + " »).");
		}
		return accepted.stream()
			.filter(t -> t.code().equals(code))
			.findFirst()
			.orElseThrow(() -> invalid("type", "doit être l'une des pièces attendues à ce stade : "
					+ String.join(", ", accepted.stream().map(DocumentType::code).toList())));
	}

	/** An empty part is left to the inspector, which refuses it with the others. */
	private static byte[] contentOf(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static InvalidRequestException invalid(String field, String message) {
		return new InvalidRequestException("La pièce n'a pas été acceptée.", List.of(new FieldError(field, message)));
	}

	record StoredDocument(DocumentView metadata, byte[] content) {
	}

}
