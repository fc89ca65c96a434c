/**
 * Budget envelopes: per scheme and year, an append-only ledger of allocations, engagements (grants), releases and
 * payments. Figures are always derived from the ledger, and money is reserved under a lock on the envelope so that
 * concurrent decisions can never commit more than was allocated.
 */
@ApplicationModule(displayName = "Enveloppes budgétaires")
package fr.metropolerouen.guichetess.envelope;

import org.springframework.modulith.ApplicationModule;
