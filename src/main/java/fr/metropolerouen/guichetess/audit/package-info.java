/**
 * The audit trail: every state change of the application (dossiers, accounts, envelopes, committee sessions…) as one
 * hash chain that a verification walks to find any altered or deleted entry. Other modules write to it through
 * {@link fr.metropolerouen.guichetess.audit.AuditTrail}, in the transaction of the change.
 */
@ApplicationModule(displayName = "Piste d'audit")
package fr.metropolerouen.guichetess.audit;

import org.springframework.modulith.ApplicationModule;
