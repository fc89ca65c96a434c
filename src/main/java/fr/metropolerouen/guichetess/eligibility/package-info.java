/**
 * The inputs of the rules: what the decision tables in {@code processes/eligibility} and {@code processes/amount}
 * are given about a dossier, its organisation and its scheme. The rules themselves live in the DMN files.
 */
@ApplicationModule(displayName = "Éligibilité")
package fr.metropolerouen.guichetess.eligibility;

import org.springframework.modulith.ApplicationModule;
