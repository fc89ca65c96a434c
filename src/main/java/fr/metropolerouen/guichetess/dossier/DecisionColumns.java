package fr.metropolerouen.guichetess.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The committee's decision on the dossier, and the deliberation that carries it. */
@Embeddable
class DecisionColumns {

	enum Outcome {

		GRANTED, REFUSED

	}

	@Enumerated(EnumType.STRING)
	@Column(name = "decision_outcome")
	private Outcome outcome;

	@Column(name = "decision_date")
	private LocalDate date;

	@Column(name = "decision_reasons")
	private String reasons;

	@Column(name = "granted_amount")
	private BigDecimal grantedAmount;

	@Column(name = "deliberation_number")
	private String deliberationNumber;

	protected DecisionColumns() {
	}

	DecisionColumns(Outcome outcome, LocalDate date, String reasons, BigDecimal grantedAmount,
			String deliberationNumber) {
		this.outcome = outcome;
		this.date = date;
		this.reasons = reasons;
		this.grantedAmount = grantedAmount;
		this.deliberationNumber = deliberationNumber;
	}

	Outcome outcome() {
		return outcome;
	}

	LocalDate date() {
		return date;
	}

	String reasons() {
		return reasons;
	}

	BigDecimal grantedAmount() {
		return grantedAmount;
	}

	/** The number of the deliberation that decided, when it was taken in a closed session. */
	String deliberationNumber() {
		return deliberationNumber;
	}

}
