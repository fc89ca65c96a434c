package fr.metropolerouen.guichetess.dossier;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The automatic eligibility verdict and, when it was not "eligible", the officer's decision on it. */
@Embeddable
class EligibilityColumns {

	enum OfficerDecision {

		CONFIRMED_INELIGIBLE, OVERRIDDEN

	}

	@Enumerated(EnumType.STRING)
	@Column(name = "eligibility_verdict")
	private EligibilityVerdict verdict;

	@Column(name = "eligibility_assessed_at")
	private Instant assessedAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "eligibility_officer_decision")
	private OfficerDecision officerDecision;

	@Column(name = "eligibility_justification")
	private String justification;

	@Column(name = "eligibility_decided_by")
	private String decidedBy;

	@Column(name = "eligibility_decided_at")
	private Instant decidedAt;

	protected EligibilityColumns() {
	}

	EligibilityColumns(EligibilityVerdict verdict, Instant assessedAt) {
		this.verdict = verdict;
		this.assessedAt = assessedAt;
	}

	EligibilityColumns decidedByOfficer(OfficerDecision decision, String justification, String officer,
			Instant now) {
		EligibilityColumns decided = new EligibilityColumns(verdict, assessedAt);
		decided.officerDecision = decision;
		decided.justification = justification;
		decided.decidedBy = officer;
		decided.decidedAt = now;
		return decided;
	}

	EligibilityVerdict verdict() {
		return verdict;
	}

	Instant assessedAt() {
		return assessedAt;
	}

	OfficerDecision officerDecision() {
		return officerDecision;
	}

	String justification() {
		return justification;
	}

	String decidedBy() {
		return decidedBy;
	}

	Instant decidedAt() {
		return decidedAt;
	}

}
