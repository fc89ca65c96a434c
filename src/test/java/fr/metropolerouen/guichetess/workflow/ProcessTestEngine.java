package fr.metropolerouen.guichetess.workflow;

import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/**
 * The standalone engine of the process tests: H2 in memory, no job executor, full history, expressions resolved
 * against {@link org.camunda.bpm.engine.test.mock.Mocks}. No Spring context. The engine is built once and shared by
 * the test classes (the extension caches it by configuration resource); each test deploys its model and the
 * extension deletes it afterwards, checking that the database is clean again.
 */
final class ProcessTestEngine {

	static final String CONFIGURATION = "camunda-process-tests.cfg.xml";

	private ProcessTestEngine() {
	}

	static ProcessEngineExtension extension() {
		return ProcessEngineExtension.builder().configurationResource(CONFIGURATION).ensureCleanAfterTest(true).build();
	}

}
