package fr.metropolerouen.guichetess.clawback;

import fr.metropolerouen.guichetess.dossier.DossierEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At the end of a dossier's retention period, the beneficiary's observations in its withdrawal procedures are
 * erased (their text and documents). The facts, the motivated decision and the recovery order stay: they are the
 * administrative decision, archived like its letter.
 */
@Component
class WithdrawalObservationsPurge {

	static final String ERASED = "Observations effacées (durée de conservation échue).";

	private final WithdrawalProcedureRepository procedures;

	WithdrawalObservationsPurge(WithdrawalProcedureRepository procedures) {
		this.procedures = procedures;
	}

	@EventListener
	void on(DossierEvents.PersonalDataPurging event) {
		procedures.deleteObservationDocumentLinksOfDossier(event.dossierId());
		procedures.replaceObservationsOfDossier(event.dossierId(), ERASED);
	}

}
