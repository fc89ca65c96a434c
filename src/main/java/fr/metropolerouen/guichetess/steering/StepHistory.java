package fr.metropolerouen.guichetess.steering;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The history of the dossiers' procedure: implemented by the workflow module from the process engine's history,
 * so that this module never knows the engine.
 */
public interface StepHistory {

	/** Every passage of these dossiers through a measured step, ended or still open, in no particular order. */
	List<StepSpan> stepsOf(Collection<UUID> dossierIds);

}
