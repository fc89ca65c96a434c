/**
 * Grant agreements (conventions d'attribution): generated when a grant that needs one takes effect, signed by the
 * beneficiary (signed copy uploaded), countersigned by the Métropole; until then, no payment can be requested.
 */
@ApplicationModule(displayName = "Conventions d'attribution")
package fr.metropolerouen.guichetess.agreement;

import org.springframework.modulith.ApplicationModule;
