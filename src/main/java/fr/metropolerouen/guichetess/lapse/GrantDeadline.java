package fr.metropolerouen.guichetess.lapse;

import java.math.BigDecimal;
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

/** One deadline of one grant: open until met, lapsed or cancelled; extended at most once. */
@Entity
@Table(name = "grant_deadline")
class GrantDeadline {

	@Id
	private UUID id;

	@Column(name = "dossier_id", nullable = false)
	private UUID dossierId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DeadlineKind kind;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Column(name = "original_due_on", nullable = false)
	private LocalDate originalDueOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DeadlineStatus status;

	@Column(name = "warned_on")
	private LocalDate warnedOn;

	@Column(name = "extension_reason")
	private String extensionReason;

	@Column(name = "extended_by")
	private String extendedBy;

	@Column(name = "extended_at")
	private Instant extendedAt;

	@Column(name = "met_at")
	private Instant metAt;

	@Column(name = "lapsed_at")
	private Instant lapsedAt;

	@Column(name = "released_amount")
	private BigDecimal releasedAmount;

	@Version
	private long version;

	protected GrantDeadline() {
	}

	GrantDeadline(UUID dossierId, DeadlineKind kind, LocalDate dueOn) {
		this.id = UUID.randomUUID();
		this.dossierId = dossierId;
		this.kind = kind;
		this.dueOn = dueOn;
		this.originalDueOn = dueOn;
		this.status = DeadlineStatus.OPEN;
	}

	void extend(LocalDate newDueOn, String reason, String officer, Instant now) {
		if (status != DeadlineStatus.OPEN) {
			throw new ConflictException("L'échéance « " + kind.frenchLabel() + " » ne peut plus être prolongée : elle "
					+ "est au statut « " + status.frenchLabel() + " ».");
		}
		if (extendedAt != null) {
			throw new ConflictException("L'échéance « " + kind.frenchLabel() + " » a déjà été prolongée une fois, le "
					+ FrenchFormat.longDate(LocalDate.ofInstant(extendedAt, FrenchFormat.ZONE))
					+ " : elle ne peut pas l'être à nouveau.");
		}
		this.dueOn = newDueOn;
		this.extensionReason = reason;
		this.extendedBy = officer;
		this.extendedAt = now;
	}

	void warned(LocalDate today) {
		this.warnedOn = today;
	}

	void met(Instant now) {
		this.status = DeadlineStatus.MET;
		this.metAt = now;
	}

	void lapsed(Instant now, BigDecimal released) {
		this.status = DeadlineStatus.LAPSED;
		this.lapsedAt = now;
		this.releasedAmount = released;
	}

	void cancel() {
		this.status = DeadlineStatus.CANCELLED;
	}

	boolean isOpen() {
		return status == DeadlineStatus.OPEN;
	}

	UUID id() {
		return id;
	}

	UUID dossierId() {
		return dossierId;
	}

	DeadlineKind kind() {
		return kind;
	}

	LocalDate dueOn() {
		return dueOn;
	}

	LocalDate originalDueOn() {
		return originalDueOn;
	}

	DeadlineStatus status() {
		return status;
	}

	GrantDeadlineView view(LocalDate warnOn) {
		return new GrantDeadlineView(kind, kind.frenchLabel(), status, status.frenchLabel(), dueOn, originalDueOn,
				warnOn, warnedOn, extensionReason, extendedBy, extendedAt, metAt, lapsedAt, releasedAmount);
	}

}
