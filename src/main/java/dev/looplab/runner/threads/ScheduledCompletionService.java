package dev.looplab.runner.threads;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Future;

/**
 * What a learner's {@code new ExecutorCompletionService(executor)} makes on the virtual
 * clock: the JDK's completion service, whose completion queue is one of the scheduler's
 * queues, so that {@code take} and {@code poll} wait as scheduling points. The JDK's
 * class does the rest, as it documents.
 */
public class ScheduledCompletionService<V> extends ExecutorCompletionService<V> {

	public ScheduledCompletionService(Executor executor) {
		super(executor, new ScheduledLinkedBlockingQueue<Future<V>>());
	}

	public ScheduledCompletionService(Executor executor, BlockingQueue<Future<V>> completionQueue) {
		super(executor, completionQueue);
	}

}
