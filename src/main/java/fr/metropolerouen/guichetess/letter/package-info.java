/**
 * Administrative letters: each decision on a dossier produces a PDF letter from an editable template in
 * {@code templates/letters}, stored once with its SHA-256 and never regenerated.
 */
@ApplicationModule(displayName = "Courriers")
package fr.metropolerouen.guichetess.letter;

import org.springframework.modulith.ApplicationModule;
