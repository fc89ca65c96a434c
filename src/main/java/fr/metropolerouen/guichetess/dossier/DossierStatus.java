package fr.metropolerouen.guichetess.dossier;

import java.util.EnumSet;
import java.util.Set;

/** Where a dossier stands in the procedure; the API names are fixed. */
public enum DossierStatus {

	DRAFT("Brouillon"), SUBMITTED("Déposé"), AWAITING_DOCUMENTS("En attente de pièces"),
	UNDER_REVIEW("En instruction"), AWAITING_COMMITTEE("En attente du Bureau"), GRANTED("Aide accordée"),
	CLOSED("Clos"), REFUSED("Refusé"), WITHDRAWN("Retiré par le porteur"),
	CLOSED_WITHOUT_FOLLOW_UP("Classé sans suite"), GRANT_WITHDRAWN("Aide retirée"), LAPSED("Aide caduque");

	/** Before the decision the applicant may still withdraw. */
	public static final Set<DossierStatus> WITHDRAWABLE = EnumSet.of(DRAFT, SUBMITTED, AWAITING_DOCUMENTS,
			UNDER_REVIEW, AWAITING_COMMITTEE);

	/** A grant whose conditions may be found breached: still being paid, or paid and closed. */
	public static final Set<DossierStatus> WITH_GRANT_IN_FORCE = EnumSet.of(GRANTED, CLOSED);

	private final String frenchLabel;

	DossierStatus(String frenchLabel) {
		this.frenchLabel = frenchLabel;
	}

	public String frenchLabel() {
		return frenchLabel;
	}

}
