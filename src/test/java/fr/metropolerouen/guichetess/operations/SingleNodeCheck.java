package fr.metropolerouen.guichetess.operations;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import fr.metropolerouen.guichetess.support.DossierSteps;

/** A check that breaks one node of the service, or its database: started by the test, stopped after it. */
abstract class SingleNodeCheck {

	@TempDir
	Path work;

	SingleNode service;

	ServiceNode node;

	OperationsDatabase database;

	Workload workload;

	DossierSteps steps;

	void start(String name) {
		service = SingleNode.start(work, name);
		node = service.node;
		database = service.database;
		workload = service.workload;
		steps = workload.steps();
	}

	@AfterEach
	void stop() {
		if (service != null) {
			service.close();
		}
	}

}
