package fr.metropolerouen.guichetess.letter;

import java.time.Instant;
import java.util.UUID;

import fr.metropolerouen.guichetess.dossier.DossierLetters;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A generated letter; its PDF is in the file store under its SHA-256. One letter of each kind and issue key per
 * dossier: the key is empty for the letters a dossier receives once, and names the act otherwise (a withdrawal
 * procedure).
 */
@Entity
@Table(name = "letter")
class Letter {

	@Id
	private UUID id;

	@Column(name = "dossier_id", nullable = false)
	private UUID dossierId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private LetterKind kind;

	@Column(name = "issue_key", nullable = false)
	private String issueKey;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(nullable = false)
	private String sha256;

	@Column(name = "size_bytes", nullable = false)
	private long size;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Letter() {
	}

	Letter(UUID dossierId, LetterKind kind, String issueKey, String fileName, String sha256, long size,
			Instant createdAt) {
		this.id = UUID.randomUUID();
		this.dossierId = dossierId;
		this.kind = kind;
		this.issueKey = issueKey;
		this.fileName = fileName;
		this.sha256 = sha256;
		this.size = size;
		this.createdAt = createdAt;
	}

	UUID id() {
		return id;
	}

	UUID dossierId() {
		return dossierId;
	}

	LetterKind kind() {
		return kind;
	}

	String fileName() {
		return fileName;
	}

	String sha256() {
		return sha256;
	}

	DossierLetters.LetterSummary summary() {
		return new DossierLetters.LetterSummary(id, kind.name(), kind.frenchLabel(), createdAt, sha256);
	}

}
