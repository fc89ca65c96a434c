package fr.metropolerouen.guichetess.committee;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The last deliberation number given by a body in a year. */
@Entity
@Table(name = "deliberation_counter")
class DeliberationCounter {

	@EmbeddedId
	private Key key;

	@Column(name = "last_number", nullable = false)
	private int lastNumber;

	protected DeliberationCounter() {
	}

	DeliberationCounter(String prefix, int year) {
		this.key = new Key(prefix, year);
	}

	/** The next number, formatted as the body writes it: B2026-0042. */
	String next() {
		lastNumber++;
		return "%s%d-%04d".formatted(key.prefix, key.year, lastNumber);
	}

	@Embeddable
	static class Key implements Serializable {

		@Column(name = "prefix")
		private String prefix;

		@Column(name = "counter_year")
		private int year;

		protected Key() {
		}

		Key(String prefix, int year) {
			this.prefix = prefix;
			this.year = year;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.prefix.equals(prefix) && key.year == year;
		}

		@Override
		public int hashCode() {
			return Objects.hash(prefix, year);
		}

	}

}
