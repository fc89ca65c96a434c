package fr.metropolerouen.guichetess.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
class CriterionColumns {

	@Column(nullable = false)
	private String code;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CriterionOutcome.Outcome outcome;

	@Column(nullable = false)
	private String reason;

	@Column(name = "rule_set_version")
	private String ruleSetVersion;

	protected CriterionColumns() {
	}

	CriterionColumns(CriterionOutcome outcome) {
		this.code = outcome.code();
		this.outcome = outcome.outcome();
		this.reason = outcome.reason();
		this.ruleSetVersion = outcome.ruleSetVersion();
	}

	CriterionOutcome toOutcome() {
		return new CriterionOutcome(code, outcome, reason, ruleSetVersion);
	}

}
