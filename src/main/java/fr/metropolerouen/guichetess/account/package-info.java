/**
 * Identity and access: user accounts and their role, HTTP authentication, and who the current actor is (a person
 * or the system itself when the process engine acts).
 */
@ApplicationModule(displayName = "Comptes et accès")
package fr.metropolerouen.guichetess.account;

import org.springframework.modulith.ApplicationModule;
