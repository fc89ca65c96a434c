/**
 * Steering (pilotage): the yearly indicators of each scheme, the analysis of the procedure's step times from the
 * process engine's history, their pages with charts, and the annual report (PDF and XLSX) for the annual meeting of
 * the ESS roadmap. It only reads: the dossiers, the organisations and the envelope ledger through their public faces,
 * and the engine's history through {@link fr.metropolerouen.guichetess.steering.StepHistory}, which the workflow
 * module implements.
 */
@ApplicationModule(displayName = "Pilotage")
package fr.metropolerouen.guichetess.steering;

import org.springframework.modulith.ApplicationModule;
