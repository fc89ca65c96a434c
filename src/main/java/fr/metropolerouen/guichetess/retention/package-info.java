/**
 * Retention of personal data (GDPR): how long an ended dossier keeps its personal data, and the job that then
 * erases them through the owners' narrow interfaces ({@link fr.metropolerouen.guichetess.dossier.DossierRetention},
 * {@link fr.metropolerouen.guichetess.shared.StoredFileOwner}).
 */
@ApplicationModule(displayName = "Conservation des données")
package fr.metropolerouen.guichetess.retention;

import org.springframework.modulith.ApplicationModule;
