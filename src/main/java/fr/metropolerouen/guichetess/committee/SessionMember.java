package fr.metropolerouen.guichetess.committee;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member convened to a session, and whether they were present once it is held. */
@Entity
@Table(name = "session_member")
class SessionMember {

	@Id
	private UUID id;

	@Column(name = "session_id", nullable = false)
	private UUID sessionId;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String name;

	private String title;

	private Boolean present;

	protected SessionMember() {
	}

	SessionMember(UUID sessionId, int position, String name, String title) {
		this.id = UUID.randomUUID();
		this.sessionId = sessionId;
		this.position = position;
		this.name = name;
		this.title = title;
	}

	void recordPresence(boolean present) {
		this.present = present;
	}

	UUID id() {
		return id;
	}

	String name() {
		return name;
	}

	String title() {
		return title;
	}

	boolean isPresent() {
		return Boolean.TRUE.equals(present);
	}

	SessionView.Member view() {
		return new SessionView.Member(id, name, title, present);
	}

}
