/**
 * The dossier (application for aid): its data, supporting documents, status and timeline of every state change.
 * Other modules move a dossier only through {@link fr.metropolerouen.guichetess.dossier.DossierLifecycle}, read it
 * through {@link fr.metropolerouen.guichetess.dossier.Dossiers}, and learn of its changes through its events.
 */
@ApplicationModule(displayName = "Dossiers")
package fr.metropolerouen.guichetess.dossier;

import org.springframework.modulith.ApplicationModule;
