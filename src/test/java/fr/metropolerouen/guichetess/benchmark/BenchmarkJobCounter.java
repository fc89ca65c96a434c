package fr.metropolerouen.guichetess.benchmark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The delegate of the benchmark's asynchronous service task: counts the executions of each process instance, so that
 * a job the executor ran twice shows. Added to the benchmark node's context as a source of its own (no
 * {@code @Component}: the integration tests' component scan must not pick it up).
 */
public class BenchmarkJobCounter implements JavaDelegate {

	private final Map<String, AtomicInteger> executions = new ConcurrentHashMap<>();

	@Override
	public void execute(DelegateExecution execution) {
		executions.computeIfAbsent(execution.getProcessInstanceId(), id -> new AtomicInteger()).incrementAndGet();
	}

	int distinct() {
		return executions.size();
	}

	long duplicates() {
		return executions.values().stream().filter(count -> count.get() > 1).count();
	}

	void reset() {
		executions.clear();
	}

}
