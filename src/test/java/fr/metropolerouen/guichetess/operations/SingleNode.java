package fr.metropolerouen.guichetess.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import fr.metropolerouen.guichetess.support.TestMailServer;

/**
 * One node of the service on a PostgreSQL server of its own, with the staff's accounts and this year's envelopes: the
 * set-up of the checks that break one node or its database.
 */
final class SingleNode implements AutoCloseable {

	final OperationsDatabase database;

	final ServiceNode node;

	final Workload workload;

	private SingleNode(OperationsDatabase database, ServiceNode node) {
		this.database = database;
		this.node = node;
		this.workload = new Workload(List.of(node.baseUrl()));
	}

	static SingleNode start(Path work, String name) {
		OperationsDatabase database = new OperationsDatabase(work.resolve("postgresql"), OperationsDatabase.freePort())
			.start();
		try {
			ServiceNode node = new ServiceNode(name, OperationsDatabase.freePort(), database, TestMailServer.port(),
					Files.createDirectories(work.resolve("files")));
			SingleNode started = new SingleNode(database, node);
			node.start().awaitHealthy();
			started.workload.prepare();
			return started;
		}
		catch (IOException e) {
			database.close();
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		node.stop();
		database.close();
	}

}
