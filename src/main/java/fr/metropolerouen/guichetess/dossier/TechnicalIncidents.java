package fr.metropolerouen.guichetess.dossier;

import java.util.List;
import java.util.UUID;

/**
 * The failed automatic steps that block a dossier, as the officer's dossier page shows them. Implemented by the
 * module that runs the processes (workflow), which depends on this one and not the other way round.
 */
public interface TechnicalIncidents {

	List<TechnicalIncident> openOn(UUID dossierId);

}
