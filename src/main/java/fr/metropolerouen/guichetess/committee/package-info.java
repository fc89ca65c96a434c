/**
 * Committee sessions of the Bureau métropolitain: agenda of reviewed dossiers, and the decision on each (granted,
 * refused, deferred). A grant engages the envelope in the same transaction as the decision.
 */
@ApplicationModule(displayName = "Bureau métropolitain")
package fr.metropolerouen.guichetess.committee;

import org.springframework.modulith.ApplicationModule;
