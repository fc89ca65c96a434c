/**
 * E-mails to applicants, written to an outbox in the transaction of the change they announce and delivered by a
 * dispatcher that retries until the mail server accepts them: a mail is never lost because the server was down.
 */
@ApplicationModule(displayName = "Notifications")
package fr.metropolerouen.guichetess.notification;

import org.springframework.modulith.ApplicationModule;
