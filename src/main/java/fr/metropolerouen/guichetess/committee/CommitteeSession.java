package fr.metropolerouen.guichetess.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A sitting of the Bureau métropolitain; its date is the date of the decisions taken in it. */
@Entity
@Table(name = "committee_session")
class CommitteeSession {

	@Id
	private UUID id;

	@Column(name = "session_date", nullable = false)
	private LocalDate date;

	@Column(nullable = false)
	private String title;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Version
	private long version;

	protected CommitteeSession() {
	}

	CommitteeSession(LocalDate date, String title, Instant createdAt, String createdBy) {
		this.id = UUID.randomUUID();
		this.date = date;
		this.title = title;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	UUID id() {
		return id;
	}

	LocalDate date() {
		return date;
	}

	String title() {
		return title;
	}

	Instant createdAt() {
		return createdAt;
	}

	String createdBy() {
		return createdBy;
	}

}
