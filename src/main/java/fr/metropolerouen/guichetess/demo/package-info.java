/**
 * Demo data for the {@code demo} profile (the default one): demo accounts, two organisations and the envelopes of
 * the current and the next year. Never active in production.
 */
@ApplicationModule(displayName = "Données de démonstration")
package fr.metropolerouen.guichetess.demo;

import org.springframework.modulith.ApplicationModule;
