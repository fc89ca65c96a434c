/**
 * The rules of the schemes, applied: gathers the facts a dossier is judged on (with the organisation's history of
 * aids), has the rule-set version's decision tables evaluate them through {@link
 * fr.metropolerouen.guichetess.eligibility.RulesEngine}, and offers the same evaluation to applicants before they
 * apply (simulator) and to administrators before a new version is adopted (replay). The rules themselves live in the
 * DMN files of {@code processes/} and in configuration, not in Java.
 */
@ApplicationModule(displayName = "Règles et éligibilité")
package fr.metropolerouen.guichetess.eligibility;

import org.springframework.modulith.ApplicationModule;
