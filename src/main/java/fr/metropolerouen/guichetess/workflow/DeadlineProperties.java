package fr.metropolerouen.guichetess.workflow;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deadlines of the dossier process, from configuration ({@code guichet.deadlines}); the BPMN timers read them as
 * {@code ${dossierDeadlines.missingDocumentsReminder}}, evaluated when the timer starts.
 */
@ConfigurationProperties("guichet.deadlines")
record DeadlineProperties(Duration missingDocumentsReminder, Duration missingDocumentsClosure) {
}
