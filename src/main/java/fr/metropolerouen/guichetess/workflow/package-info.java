/**
 * The only module that knows the process engine (Camunda 7): it starts and moves the processes of
 * {@code processes/} when the domain modules announce a change, runs their automatic steps (delegates), evaluates
 * the decision tables and lists open tasks. A move to another engine (Operaton) stays inside this package.
 */
@ApplicationModule(displayName = "Processus")
package fr.metropolerouen.guichetess.workflow;

import org.springframework.modulith.ApplicationModule;
