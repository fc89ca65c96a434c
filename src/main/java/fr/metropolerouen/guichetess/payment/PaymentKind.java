package fr.metropolerouen.guichetess.payment;

/** Kinds of payment: Immobilier pays an advance, interim payments and a balance; Location pays yearly. */
public enum PaymentKind {

	ADVANCE("avance"), INTERIM("acompte"), BALANCE("solde"), ANNUAL_INSTALMENT("versement annuel");

	private final String frenchLabel;

	PaymentKind(String frenchLabel) {
		this.frenchLabel = frenchLabel;
	}

	public String frenchLabel() {
		return frenchLabel;
	}

	/** Everything but an advance is paid on proofs of expenses actually paid. */
	boolean needsProofs() {
		return this != ADVANCE;
	}

}
