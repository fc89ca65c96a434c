package fr.metropolerouen.guichetess.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** Throughput on several threads, after a warm-up, and percentiles: how every scenario measures. */
final class Measuring {

	private Measuring() {
	}

	/** Operations per second of {@code measured} calls on that many threads, after {@code warmUp} calls. */
	static double throughput(int threads, int warmUp, int measured, IntConsumer operation) throws Exception {
		parallel(threads, warmUp, i -> {
			operation.accept(i);
			return null;
		});
		long started = System.nanoTime();
		parallel(threads, measured, i -> {
			operation.accept(i);
			return null;
		});
		return measured / seconds(System.nanoTime() - started);
	}

	/** As {@link #throughput}, each thread being one client (the argument is the client's number). */
	static double throughputPerClient(int clients, int warmUp, int measured, IntConsumer operation)
			throws Exception {
		ThreadLocal<Integer> client = new ThreadLocal<>();
		AtomicInteger clientNumbers = new AtomicInteger();
		IntConsumer asClient = i -> {
			if (client.get() == null) {
				client.set(clientNumbers.getAndIncrement() % clients);
			}
			operation.accept(client.get());
		};
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			run(pool, warmUp, asClient);
			long started = System.nanoTime();
			run(pool, measured, asClient);
			return measured / seconds(System.nanoTime() - started);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static void run(ExecutorService pool, int count, IntConsumer operation) throws Exception {
		List<Future<?>> futures = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int index = i;
			futures.add(pool.submit(() -> operation.accept(index)));
		}
		for (Future<?> future : futures) {
			future.get();
		}
	}

	interface IndexedCall<T> {

		T call(int index) throws Exception;

	}

	/** Calls {@code count} times on that many threads; the results in call order. The first failure ends it. */
	static <T> List<T> parallel(int threads, int count, IndexedCall<T> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int index = i;
				Callable<T> task = () -> call.call(index);
				futures.add(pool.submit(task));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	static double seconds(long nanos) {
		return nanos / 1e9;
	}

	/** The nearest-rank percentile, in milliseconds. */
	static double percentile(long[] sortedNanos, double percent) {
		int rank = (int) Math.ceil(percent / 100 * sortedNanos.length);
		return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
	}

}
