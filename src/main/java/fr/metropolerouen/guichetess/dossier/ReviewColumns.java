package fr.metropolerouen.guichetess.dossier;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The officer's analysis: the amount the rules suggest, the amount proposed to the committee, the opinion. */
@Embeddable
class ReviewColumns {

	@Column(name = "suggested_amount")
	private BigDecimal suggestedAmount;

	@Column(name = "proposed_amount")
	private BigDecimal proposedAmount;

	@Column(name = "review_opinion")
	private String opinion;

	/** Why the officer proposes more than the rules suggest. */
	@Column(name = "review_justification")
	private String justification;

	@Column(name = "reviewed_by")
	private String reviewedBy;

	@Column(name = "reviewed_at")
	private Instant reviewedAt;

	protected ReviewColumns() {
	}

	ReviewColumns withSuggestedAmount(BigDecimal amount) {
		ReviewColumns copy = copy();
		copy.suggestedAmount = amount;
		return copy;
	}

	ReviewColumns reviewed(BigDecimal proposedAmount, String opinion, String justification, String officer,
			Instant now) {
		ReviewColumns copy = copy();
		copy.proposedAmount = proposedAmount;
		copy.opinion = opinion;
		copy.justification = justification;
		copy.reviewedBy = officer;
		copy.reviewedAt = now;
		return copy;
	}

	private ReviewColumns copy() {
		ReviewColumns copy = new ReviewColumns();
		copy.suggestedAmount = suggestedAmount;
		copy.proposedAmount = proposedAmount;
		copy.opinion = opinion;
		copy.justification = justification;
		copy.reviewedBy = reviewedBy;
		copy.reviewedAt = reviewedAt;
		return copy;
	}

	BigDecimal suggestedAmount() {
		return suggestedAmount;
	}

	BigDecimal proposedAmount() {
		return proposedAmount;
	}

	String opinion() {
		return opinion;
	}

	String justification() {
		return justification;
	}

	String reviewedBy() {
		return reviewedBy;
	}

	Instant reviewedAt() {
		return reviewedAt;
	}

}
