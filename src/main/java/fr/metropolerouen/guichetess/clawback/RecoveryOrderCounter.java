package fr.metropolerouen.guichetess.clawback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last recovery order number (titre de recette) given in a year. */
@Entity
@Table(name = "recovery_order_counter")
class RecoveryOrderCounter {

	@Id
	@Column(name = "counter_year")
	private int year;

	@Column(name = "last_number", nullable = false)
	private int lastNumber;

	protected RecoveryOrderCounter() {
	}

	/** The next reference, as finance writes it: TR-2026-0042. */
	String next() {
		lastNumber++;
		return "TR-%d-%04d".formatted(year, lastNumber);
	}

}
