package fr.metropolerouen.guichetess.agreement;

/** When a grant needs an agreement: always, or when its annual amount exceeds the threshold. */
public enum AgreementRule {

	ALWAYS, ABOVE_ANNUAL_THRESHOLD

}
