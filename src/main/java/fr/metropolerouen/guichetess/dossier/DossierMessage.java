package fr.metropolerouen.guichetess.dossier;

import java.time.Instant;
import java.util.UUID;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.account.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A message written on a dossier by its applicant or an officer. Never updated. */
@Entity
@Table(name = "dossier_message")
class DossierMessage {

	@Id
	private UUID id;

	@Column(name = "dossier_id", nullable = false)
	private UUID dossierId;

	@Column(name = "sent_at", nullable = false)
	private Instant sentAt;

	@Column(nullable = false)
	private String author;

	@Enumerated(EnumType.STRING)
	@Column(name = "author_role", nullable = false)
	private Role authorRole;

	@Column(nullable = false)
	private String body;

	protected DossierMessage() {
	}

	DossierMessage(UUID dossierId, Instant sentAt, Actor author, String body) {
		this.id = UUID.randomUUID();
		this.dossierId = dossierId;
		this.sentAt = sentAt;
		this.author = author.username();
		this.authorRole = author.role();
		this.body = body;
	}

	UUID id() {
		return id;
	}

	MessageView view() {
		return new MessageView(id, sentAt, author, authorRole, authorRole.frenchLabel(), body);
	}

}
