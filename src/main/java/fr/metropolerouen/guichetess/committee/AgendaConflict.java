package fr.metropolerouen.guichetess.committee;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member's declared interest in an agenda item: the member takes no part in its deliberation. */
@Entity
@Table(name = "agenda_conflict")
class AgendaConflict {

	@Id
	private UUID id;

	@Column(name = "item_id", nullable = false)
	private UUID itemId;

	@Column(name = "member_id", nullable = false)
	private UUID memberId;

	private String statement;

	@Column(name = "declared_at", nullable = false)
	private Instant declaredAt;

	@Column(name = "declared_by", nullable = false)
	private String declaredBy;

	protected AgendaConflict() {
	}

	AgendaConflict(UUID itemId, UUID memberId, String statement, Instant declaredAt, String declaredBy) {
		this.id = UUID.randomUUID();
		this.itemId = itemId;
		this.memberId = memberId;
		this.statement = statement;
		this.declaredAt = declaredAt;
		this.declaredBy = declaredBy;
	}

	UUID itemId() {
		return itemId;
	}

	UUID memberId() {
		return memberId;
	}

	String statement() {
		return statement;
	}

}
