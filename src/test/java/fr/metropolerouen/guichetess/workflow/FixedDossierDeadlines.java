package fr.metropolerouen.guichetess.workflow;

/**
 * Stands in for the {@code dossierDeadlines} bean in the process tests, with the default deadlines of
 * {@code application.yml}. Public, like {@link DossierDeadlines}: the expression language reads only public classes.
 */
public class FixedDossierDeadlines {

	public String getMissingDocumentsReminder() {
		return "P15D";
	}

	public String getMissingDocumentsClosure() {
		return "P30D";
	}

}
