/**
 * Shared kernel: API error model (RFC 9457 problems with French details), money and French formatting, the
 * content-addressed file store. Kept small on purpose; everything here is used by several modules.
 */
@ApplicationModule(displayName = "Socle commun", type = ApplicationModule.Type.OPEN)
package fr.metropolerouen.guichetess.shared;

import org.springframework.modulith.ApplicationModule;
