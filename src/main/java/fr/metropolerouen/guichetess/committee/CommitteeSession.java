package fr.metropolerouen.guichetess.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import fr.metropolerouen.guichetess.shared.ConflictException;
import fr.metropolerouen.guichetess.shared.FrenchFormat;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A sitting of a deciding body; its date is the date of the decisions taken in it. It is planned, then held (who is
 * present, whether the quorum is reached), then closed: only the closing gives its decisions effect.
 */
@Entity
@Table(name = "committee_session")
class CommitteeSession {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CommitteeBody body;

	@Column(name = "session_date", nullable = false)
	private LocalDate date;

	@Column(nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SessionStatus status;

	@Column(name = "quorum_reached")
	private Boolean quorumReached;

	@Column(name = "held_at")
	private Instant heldAt;

	@Column(name = "held_by")
	private String heldBy;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "closed_by")
	private String closedBy;

	@Column(name = "minutes_sha256")
	private String minutesSha256;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Version
	private long version;

	protected CommitteeSession() {
	}

	CommitteeSession(CommitteeBody body, LocalDate date, String title, Instant createdAt, String createdBy) {
		this.id = UUID.randomUUID();
		this.body = body;
		this.date = date;
		this.title = title;
		this.status = SessionStatus.PLANNED;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	/**
	 * Opens the sitting: from its date on, with the quorum when members were convened (null when presence is not
	 * recorded). A session where decisions are recorded without this step is held implicitly.
	 */
	void hold(Boolean quorumReached, LocalDate today, Instant now, String secretary) {
		requireStatus(SessionStatus.PLANNED, "ouverte");
		if (date.isAfter(today)) {
			throw new ConflictException("La séance du " + FrenchFormat.longDate(date)
					+ " n'a pas encore eu lieu : elle ne peut pas être ouverte.");
		}
		this.status = SessionStatus.HELD;
		this.quorumReached = quorumReached;
		this.heldAt = now;
		this.heldBy = secretary;
	}

	void close(String minutesSha256, Instant now, String secretary) {
		requireStatus(SessionStatus.HELD, "close");
		this.status = SessionStatus.CLOSED;
		this.minutesSha256 = minutesSha256;
		this.closedAt = now;
		this.closedBy = secretary;
	}

	void requireNotClosed() {
		if (status == SessionStatus.CLOSED) {
			throw new ConflictException("La séance du " + FrenchFormat.longDate(date)
					+ " est close : ses décisions ne peuvent plus changer.");
		}
	}

	void requirePlanned(String action) {
		if (status != SessionStatus.PLANNED) {
			throw new ConflictException("La séance du " + FrenchFormat.longDate(date) + " est « "
					+ status.frenchLabel().toLowerCase(FrenchFormat.FRENCH) + " » : " + action + " n'est plus possible.");
		}
	}

	private void requireStatus(SessionStatus expected, String becoming) {
		if (status != expected) {
			throw new ConflictException("La séance du " + FrenchFormat.longDate(date) + " est « "
					+ status.frenchLabel().toLowerCase(FrenchFormat.FRENCH) + " » : elle ne peut pas être " + becoming
					+ ".");
		}
	}

	UUID id() {
		return id;
	}

	CommitteeBody body() {
		return body;
	}

	LocalDate date() {
		return date;
	}

	String title() {
		return title;
	}

	SessionStatus status() {
		return status;
	}

	Boolean quorumReached() {
		return quorumReached;
	}

	Instant heldAt() {
		return heldAt;
	}

	Instant closedAt() {
		return closedAt;
	}

	String closedBy() {
		return closedBy;
	}

	String minutesSha256() {
		return minutesSha256;
	}

	Instant createdAt() {
		return createdAt;
	}

	String createdBy() {
		return createdBy;
	}

}
