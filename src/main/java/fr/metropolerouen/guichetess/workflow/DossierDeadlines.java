package fr.metropolerouen.guichetess.workflow;

import org.springframework.stereotype.Component;

/**
 * The deadlines as ISO-8601 durations, named for the timer expressions of {@code DossierProcess.bpmn} (public: the
 * expression language reads only public classes).
 */
@Component("dossierDeadlines")
public class DossierDeadlines {

	private final DeadlineProperties properties;

	DossierDeadlines(DeadlineProperties properties) {
		if (!properties.missingDocumentsReminder().minus(properties.missingDocumentsClosure()).isNegative()) {
			throw new IllegalStateException("The reminder for missing documents must come before the closure");
		}
		this.properties = properties;
	}

	public String getMissingDocumentsReminder() {
		return properties.missingDocumentsReminder().toString();
	}

	public String getMissingDocumentsClosure() {
		return properties.missingDocumentsClosure().toString();
	}

}
