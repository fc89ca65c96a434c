package fr.metropolerouen.guichetess.envelope;

import java.time.Instant;
import java.util.UUID;

import fr.metropolerouen.guichetess.scheme.AidScheme;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A scheme's budget for one year. Its amounts are in its ledger entries, never on this row. */
@Entity
@Table(name = "envelope")
class Envelope {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AidScheme scheme;

	@Column(name = "budget_year", nullable = false)
	private int year;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	protected Envelope() {
	}

	Envelope(AidScheme scheme, int year, Instant createdAt, String createdBy) {
		this.id = UUID.randomUUID();
		this.scheme = scheme;
		this.year = year;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	UUID id() {
		return id;
	}

	AidScheme scheme() {
		return scheme;
	}

	int year() {
		return year;
	}

}
