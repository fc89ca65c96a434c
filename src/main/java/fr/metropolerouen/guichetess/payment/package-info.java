/**
 * Payment requests of beneficiaries and their approval by finance. A payment moves the envelope's paid figure in the
 * same transaction as the approval; the dossier closes when its grant is settled.
 */
@ApplicationModule(displayName = "Versements")
package fr.metropolerouen.guichetess.payment;

import org.springframework.modulith.ApplicationModule;
