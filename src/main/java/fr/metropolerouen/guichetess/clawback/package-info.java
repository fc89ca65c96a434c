/**
 * Withdrawal of a grant whose conditions were breached, and the clawback of money already paid (retrait,
 * reversement; CRPA L.242-2 2°): a contradictory procedure (notice, observations within a period, L.122-1), then a
 * motivated decision (L.211-2 4°) that releases what was not paid and orders the recovery of the rest.
 */
@ApplicationModule(displayName = "Retrait et reversement")
package fr.metropolerouen.guichetess.clawback;

import org.springframework.modulith.ApplicationModule;
