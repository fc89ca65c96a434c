/**
 * The two aid schemes (dispositifs) and what applies to them: parameters, required supporting documents, the
 * territory of the Métropole (71 communes by INSEE code).
 */
@ApplicationModule(displayName = "Dispositifs d'aide")
package fr.metropolerouen.guichetess.scheme;

import org.springframework.modulith.ApplicationModule;
