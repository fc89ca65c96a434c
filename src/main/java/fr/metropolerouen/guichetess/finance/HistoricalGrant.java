package fr.metropolerouen.guichetess.finance;

import java.math.BigDecimal;
import java.util.UUID;

import fr.metropolerouen.guichetess.scheme.AidScheme;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A grant made before the Guichet existed, as finance imported it: it counts in the annual summaries. */
@Entity
@Table(name = "historical_grant")
class HistoricalGrant {

	@Id
	private UUID id;

	@Column(name = "import_id", nullable = false)
	private UUID importId;

	@Column(name = "line_number", nullable = false)
	private int lineNumber;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AidScheme scheme;

	@Column(name = "grant_year", nullable = false)
	private int year;

	@Column(nullable = false)
	private String siret;

	@Column(name = "beneficiary_name", nullable = false)
	private String beneficiaryName;

	@Column(nullable = false)
	private BigDecimal engaged;

	@Column(nullable = false)
	private BigDecimal paid;

	protected HistoricalGrant() {
	}

	HistoricalGrant(UUID importId, GrantHistoryFile.Line line) {
		this.id = UUID.randomUUID();
		this.importId = importId;
		this.lineNumber = line.number();
		this.scheme = line.scheme();
		this.year = line.year();
		this.siret = line.siret();
		this.beneficiaryName = line.beneficiaryName();
		this.engaged = line.engaged();
		this.paid = line.paid();
	}

	AidScheme scheme() {
		return scheme;
	}

	int year() {
		return year;
	}

	String siret() {
		return siret;
	}

	BigDecimal engaged() {
		return engaged;
	}

	BigDecimal paid() {
		return paid;
	}

}
