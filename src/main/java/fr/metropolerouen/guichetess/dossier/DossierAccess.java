package fr.metropolerouen.guichetess.dossier;

import java.util.UUID;

import fr.metropolerouen.guichetess.account.Actor;
import fr.metropolerouen.guichetess.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads dossiers on behalf of an actor. A dossier of another organisation is answered exactly like a dossier that
 * does not exist, so that applicants cannot even learn which dossiers exist.
 */
@Component
class DossierAccess {

	private final DossierRepository dossiers;

	DossierAccess(DossierRepository dossiers) {
		this.dossiers = dossiers;
	}

	Dossier visible(UUID id, Actor actor) {
		return dossiers.findById(id).filter(d -> actor.canSee(d.organisationId())).orElseThrow(DossierAccess::notFound);
	}

	/** Loads and locks the dossier row: concurrent actions on one dossier are applied one after the other. */
	Dossier visibleForUpdate(UUID id, Actor actor) {
		return dossiers.findForUpdate(id)
			.filter(d -> actor.canSee(d.organisationId()))
			.orElseThrow(DossierAccess::notFound);
	}

	static NotFoundException notFound() {
		return new NotFoundException("Dossier introuvable.");
	}

}
