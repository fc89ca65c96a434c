package fr.metropolerouen.guichetess.dossier;

/** What happened to a dossier, as recorded in its timeline. */
public enum TimelineAction {

	CREATED("Dossier créé"), UPDATED("Brouillon modifié"), DOCUMENT_ADDED("Pièce ajoutée"),
	SUBMITTED("Dossier déposé"), RESUBMITTED("Pièces complémentaires transmises"),
	COMPLETENESS_CONFIRMED("Dossier déclaré complet"), DOCUMENTS_REQUESTED("Pièces manquantes demandées"),
	DOCUMENTS_REMINDER_SENT("Relance pour pièces manquantes"),
	CLOSED_WITHOUT_FOLLOW_UP("Dossier classé sans suite"), ELIGIBILITY_ASSESSED("Éligibilité évaluée"),
	INELIGIBILITY_CONFIRMED("Inéligibilité confirmée"), INELIGIBILITY_OVERRIDDEN("Inéligibilité levée"),
	AMOUNT_SUGGESTED("Montant d'aide suggéré"), REVIEWED("Instruction terminée"),
	PLACED_ON_AGENDA("Inscrit à l'ordre du jour"), GRANTED("Aide accordée"), REFUSED("Aide refusée"),
	DEFERRED("Examen ajourné"), LETTER_ISSUED("Courrier émis"), LETTER_SENT("Courrier envoyé"),
	PAYMENT_REQUESTED("Demande de versement"),
	PAYMENT_APPROVED("Versement validé"), PAYMENT_REJECTED("Demande de versement rejetée"),
	PAYMENT_LIQUIDATED("Service fait certifié, versement liquidé"), PAYMENT_ORDERED("Mandat de paiement émis"),
	PAYMENT_MADE("Versement payé"),
	ENGAGEMENT_RELEASED("Reliquat dégagé"), RECOVERY_ORDERED("Reversement demandé"),
	AGREEMENT_ISSUED("Convention à signer"), AGREEMENT_SIGNED_BY_BENEFICIARY("Convention signée par le bénéficiaire"),
	AGREEMENT_COUNTERSIGNED("Convention contresignée"), CLOSED("Dossier clos"), WITHDRAWN("Dossier retiré"),
	WITHDRAWAL_OPENED("Procédure de retrait de l'aide ouverte"),
	WITHDRAWAL_OBSERVATIONS_RECEIVED("Observations du bénéficiaire reçues"),
	WITHDRAWAL_DECIDED("Décision sur le retrait de l'aide"), GRANT_WITHDRAWN("Aide retirée"),
	DEADLINES_SET("Échéances de l'aide fixées"), DEADLINE_WARNING_SENT("Avertissement avant caducité"),
	DEADLINE_EXTENDED("Échéance prolongée"), DEADLINE_MET("Échéance respectée"),
	DEADLINES_CANCELLED("Échéances sans objet"), LAPSED("Aide caduque"), MESSAGE_SENT("Message envoyé"),
	STEP_RETRIED("Étape automatique relancée"),
	PERSONAL_DATA_PURGED("Données personnelles purgées (durée de conservation échue)");

	private final String frenchLabel;

	TimelineAction(String frenchLabel) {
		this.frenchLabel = frenchLabel;
	}

	public String frenchLabel() {
		return frenchLabel;
	}

	/**
	 * Preparatory acts whose details (suggested and proposed amounts) are not shown to the applicant before the
	 * decision (CRPA L. 311-2: documents préparatoires), and the technical cause of a retried automatic step.
	 */
	boolean hasInternalDetails() {
		return this == AMOUNT_SUGGESTED || this == REVIEWED || this == STEP_RETRIED;
	}

}
