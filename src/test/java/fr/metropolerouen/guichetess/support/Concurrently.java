package fr.metropolerouen.guichetess.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Runs tasks on as many threads, released together, and returns their results in the tasks' order. */
public final class Concurrently {

	private Concurrently() {
	}

	public static <T> List<T> run(int threads, IntFunction<T> task) {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				int index = i;
				Callable<T> waiting = () -> {
					start.await();
					return task.apply(index);
				};
				futures.add(pool.submit(waiting));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		catch (InterruptedException | ExecutionException e) {
			throw new IllegalStateException("A concurrent task failed", e);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
