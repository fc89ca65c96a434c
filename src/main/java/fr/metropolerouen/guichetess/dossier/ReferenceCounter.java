package fr.metropolerouen.guichetess.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import fr.metropolerouen.guichetess.scheme.AidScheme;

/** The last dossier number given per scheme and year; locked while a number is taken, so numbers have no gaps. */
@Entity
@Table(name = "dossier_reference_counter")
class ReferenceCounter {

	@EmbeddedId
	private Key key;

	@Column(name = "last_number", nullable = false)
	private int lastNumber;

	protected ReferenceCounter() {
	}

	String next() {
		lastNumber++;
		return "%s-%d-%04d".formatted(key.scheme.referencePrefix(), key.year, lastNumber);
	}

	@Embeddable
	static class Key implements java.io.Serializable {

		@Enumerated(EnumType.STRING)
		@Column(nullable = false)
		private AidScheme scheme;

		@Column(name = "reference_year", nullable = false)
		private int year;

		protected Key() {
		}

		Key(AidScheme scheme, int year) {
			this.scheme = scheme;
			this.year = year;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.scheme == scheme && key.year == year;
		}

		@Override
		public int hashCode() {
			return scheme.hashCode() * 31 + year;
		}

	}

}
