package fr.metropolerouen.guichetess.envelope;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The part of an engagement expected to be paid in one budget year (crédits de paiement), as planned at the grant. */
@Entity
@Table(name = "engagement_schedule")
class ScheduledPayment {

	@EmbeddedId
	private Key key;

	@Column(nullable = false)
	private BigDecimal amount;

	protected ScheduledPayment() {
	}

	ScheduledPayment(UUID engagementId, int year, BigDecimal amount) {
		this.key = new Key(engagementId, year);
		this.amount = amount;
	}

	UUID engagementId() {
		return key.engagementId;
	}

	int year() {
		return key.paymentYear;
	}

	BigDecimal amount() {
		return amount;
	}

	@Embeddable
	static class Key implements Serializable {

		@Column(name = "engagement_id")
		private UUID engagementId;

		@Column(name = "payment_year")
		private int paymentYear;

		protected Key() {
		}

		Key(UUID engagementId, int paymentYear) {
			this.engagementId = engagementId;
			this.paymentYear = paymentYear;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.engagementId.equals(engagementId) && key.paymentYear == paymentYear;
		}

		@Override
		public int hashCode() {
			return Objects.hash(engagementId, paymentYear);
		}

	}

}
