package fr.metropolerouen.guichetess.finance;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One imported history file: who imported it and when; its content's fingerprint forbids importing it twice. */
@Entity
@Table(name = "grant_history_import")
class GrantHistoryImport {

	@Id
	private UUID id;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "file_sha256", nullable = false, unique = true)
	private String sha256;

	@Column(nullable = false)
	private int grants;

	@Column(name = "imported_at", nullable = false)
	private Instant importedAt;

	@Column(name = "imported_by", nullable = false)
	private String importedBy;

	protected GrantHistoryImport() {
	}

	GrantHistoryImport(String fileName, String sha256, int grants, Instant importedAt, String importedBy) {
		this.id = UUID.randomUUID();
		this.fileName = fileName;
		this.sha256 = sha256;
		this.grants = grants;
		this.importedAt = importedAt;
		this.importedBy = importedBy;
	}

	UUID id() {
		return id;
	}

	String fileName() {
		return fileName;
	}

	int grants() {
		return grants;
	}

	Instant importedAt() {
		return importedAt;
	}

	String importedBy() {
		return importedBy;
	}

}
