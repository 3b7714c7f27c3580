package dev.looplab.grading;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The threads that grade submissions: a fixed pool whose queue is unbounded because every
 * queued submission is already stored. Each grader then waits its turn for a sandbox in
 * the line it shares with runs and checks, so gradings hold at most this many places in
 * it. Platform threads: a grading spends its life blocked on the sandbox's pipe, which
 * would pin a virtual thread's carrier.
 */
@Component
class GradingWorkers implements DisposableBean {

	private final ThreadPoolExecutor submissions;

	private volatile boolean stopping;

	GradingWorkers(GradingProperties properties) {
		int threads = Math.max(1, properties.concurrency());
		this.submissions = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
				new LinkedBlockingQueue<>(), Thread.ofPlatform().daemon().name("grading-", 1).factory());
	}

	void grade(Runnable grading) {
		this.submissions.execute(grading);
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
		this.submissions.shutdownNow();
		this.submissions.awaitTermination(2, TimeUnit.SECONDS);
	}

}
