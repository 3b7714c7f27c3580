package dev.looplab.grading;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The threads that grade: a fixed pool for submissions, whose queue is unbounded because
 * every queued submission is already stored, and one of the same size for checks, whose
 * queue is bounded because a check is stored nowhere and the learner is waiting for it.
 * Platform threads: a grading spends its life blocked on the sandbox's pipe, which would
 * pin a virtual thread's carrier.
 */
@Component
class GradingWorkers implements DisposableBean {

	private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	private final ThreadPoolExecutor submissions;

	private final ThreadPoolExecutor checks;

	private volatile boolean stopping;

	GradingWorkers(GradingProperties properties) {
		int threads = Math.max(1, properties.concurrency());
		this.submissions = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
				new LinkedBlockingQueue<>(), Thread.ofPlatform().daemon().name("grading-", 1).factory());
		this.checks = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
				new ArrayBlockingQueue<>(Math.max(1, properties.checkQueueCapacity())),
				Thread.ofPlatform().daemon().name("checking-", 1).factory());
	}

	void grade(Runnable grading) {
		this.submissions.execute(grading);
	}

	/**
	 * Starts a check, or refuses it when the checkers' line is full.
	 */
	void check(Runnable check) {
		try {
			this.checks.execute(check);
		}
		catch (RejectedExecutionException ex) {
			throw new GradingRejected(HttpStatus.SERVICE_UNAVAILABLE, "All checkers are busy",
					"%d checks are already waiting. Try again in %d s.".formatted(this.checks.getQueue().size(),
							RETRY_AFTER.toSeconds()),
					RETRY_AFTER);
		}
	}

	/**
	 * Whether the server is shutting down: a grading cut off now is left RUNNING, to be
	 * graded again at the next start, rather than recorded as failed.
	 */
	boolean isStopping() {
		return this.stopping;
	}

	@Override
	public void destroy() throws InterruptedException {
		this.stopping = true;
		for (ExecutorService pool : new ExecutorService[] { this.submissions, this.checks }) {
			pool.shutdownNow();
		}
		for (ExecutorService pool : new ExecutorService[] { this.submissions, this.checks }) {
			pool.awaitTermination(2, TimeUnit.SECONDS);
		}
	}

}
