/**
 * Lapse of grants (caducité): each grant has deadlines from the rule-set version frozen on it (the first payment
 * request, the completion of the operation), counted from the decision. The beneficiary is warned before a deadline
 * passes; a deadline not met makes the grant lapse, and what was not paid goes back to its envelope. An officer may
 * extend a deadline once, with a reason. The timers are the process engine's: this module announces each deadline
 * and is called back when its dates come.
 */
@ApplicationModule(displayName = "Caducité")
package fr.metropolerouen.guichetess.lapse;

import org.springframework.modulith.ApplicationModule;
