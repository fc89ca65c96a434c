/**
 * Finance: the ledger across envelopes with its exports, corrections of a dossier's money (releases, recoveries),
 * the forecast of what committees may engage, the annual summary per scheme, the import of grants made before the
 * Guichet, and the open-data export of granted subsidies (SCDL « Subventions »). It reads the other modules and moves
 * money only through the envelope ledger.
 */
@ApplicationModule(displayName = "Finances")
package fr.metropolerouen.guichetess.finance;

import org.springframework.modulith.ApplicationModule;
