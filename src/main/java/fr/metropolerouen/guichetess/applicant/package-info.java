/**
 * ESS enterprises (organisations, identified by SIRET) and their sign-up: an organisation and its first applicant
 * account are created together.
 */
@ApplicationModule(displayName = "Porteurs de projet")
package fr.metropolerouen.guichetess.applicant;

import org.springframework.modulith.ApplicationModule;
