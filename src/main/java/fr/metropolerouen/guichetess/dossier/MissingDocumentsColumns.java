package fr.metropolerouen.guichetess.dossier;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The latest request for missing documents (the list of types is a collection on the dossier). */
@Embeddable
class MissingDocumentsColumns {

	@Column(name = "missing_documents_message")
	private String message;

	@Column(name = "missing_documents_requested_at")
	private Instant requestedAt;

	protected MissingDocumentsColumns() {
	}

	MissingDocumentsColumns(String message, Instant requestedAt) {
		this.message = message;
		this.requestedAt = requestedAt;
	}

	String message() {
		return message;
	}

	Instant requestedAt() {
		return requestedAt;
	}

}
