package fr.metropolerouen.guichetess.benchmark;

import java.time.Duration;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Fills the database of a running application with realistic volume: dossiers of both schemes over five years, in
 * every status, with their process history, ledger entries, letters' metadata and audit entries.
 */
public final class DatasetGenerator {

	private final ConfigurableApplicationContext application;

	public DatasetGenerator(ConfigurableApplicationContext application) {
		this.application = application;
	}

	/**
	 * Adds dossiers until the database holds at least {@code total} of them (those already there count), and says what
	 * it added and how long it took.
	 */
	public Growth growTo(int total) {
		throw new UnsupportedOperationException("not written yet (issue 11, data generator)");
	}

	/** What one call of {@link #growTo} did. */
	public record Growth(int dossiersBefore, int dossiersAfter, int runningProcessInstances, Duration took) {
	}

}
