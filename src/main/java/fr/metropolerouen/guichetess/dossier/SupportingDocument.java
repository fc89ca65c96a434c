package fr.metropolerouen.guichetess.dossier;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file attached to a dossier; its bytes are in the file store under their SHA-256. */
@Entity
@Table(name = "supporting_document")
class SupportingDocument {

	@Id
	private UUID id;

	@Column(name = "dossier_id", nullable = false)
	private UUID dossierId;

	@Column(name = "document_type", nullable = false)
	private String type;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long size;

	@Column(nullable = false)
	private String sha256;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	@Column(name = "uploaded_by", nullable = false)
	private String uploadedBy;

	protected SupportingDocument() {
	}

	SupportingDocument(UUID dossierId, String type, String fileName, String contentType, long size, String sha256,
			Instant uploadedAt, String uploadedBy) {
		this.id = UUID.randomUUID();
		this.dossierId = dossierId;
		this.type = type;
		this.fileName = fileName;
		this.contentType = contentType;
		this.size = size;
		this.sha256 = sha256;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

	UUID id() {
		return id;
	}

	String sha256() {
		return sha256;
	}

	DocumentView view() {
		return new DocumentView(id, dossierId, type, fileName, contentType, size, sha256, uploadedAt, uploadedBy);
	}

}
