package fr.metropolerouen.guichetess.agreement;

/** Where a grant agreement stands. */
public enum AgreementStatus {

	AWAITING_SIGNATURES("En attente des signatures"), SIGNED_BY_BENEFICIARY("Signée par le bénéficiaire"),
	SIGNED("Signée par les deux parties");

	private final String frenchLabel;

	AgreementStatus(String frenchLabel) {
		this.frenchLabel = frenchLabel;
	}

	public String frenchLabel() {
		return frenchLabel;
	}

}
