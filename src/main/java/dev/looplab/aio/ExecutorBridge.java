package dev.looplab.aio;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;

/**
 * The loop's default executor, like asyncio's {@code ThreadPoolExecutor}: at most
 * {@code min(32, cpus + 4)} worker threads, jobs in FIFO order, each result delivered to
 * the loop with {@code callSoonThreadsafe}. Only jobs that hold a worker count as running
 * for virtual time, so queued jobs cannot keep the clock from reaching a sleeping worker.
 */
final class ExecutorBridge {

	private final EventLoop loop;

	private final LoopClock clock;

	private final int maxWorkers = Math.min(32, Runtime.getRuntime().availableProcessors() + 4);

	private final ArrayDeque<Runnable> queue = new ArrayDeque<>();

	private int busyWorkers;

	private int threadNumber;

	/** Jobs submitted whose result has not reached the loop yet; loop thread only. */
	private int unsettled;

	private Future<Void> drained;

	ExecutorBridge(EventLoop loop, LoopClock clock) {
		this.loop = loop;
		this.clock = clock;
	}

	<T> Future<T> submit(Callable<T> work, Context context) {
		Future<T> result = new Future<>(this.loop, WaitKind.EXECUTOR);
		this.unsettled++;
		Runnable job = () -> {
			Object value = null;
			Throwable failure = null;
			Context previous = (context != null) ? context.enter() : null;
			try {
				value = work.call();
			}
			catch (Throwable ex) {
				failure = ex;
			}
			finally {
				if (context != null) {
					Context.restore(previous);
				}
			}
			Object finalValue = value;
			Throwable finalFailure = failure;
			this.loop.callSoonThreadsafe(() -> settle(result, finalValue, finalFailure));
		};
		boolean startWorker;
		synchronized (this) {
			this.queue.add(job);
			startWorker = this.busyWorkers < this.maxWorkers;
			if (startWorker) {
				this.busyWorkers++;
			}
		}
		if (startWorker) {
			this.clock.jobStarted();
			Thread worker = new Thread(this::work, "asyncio_" + this.threadNumber++);
			worker.setDaemon(true);
			worker.start();
		}
		return result;
	}

	private void work() {
		VirtualClock.markParticipant(true);
		while (true) {
			Runnable job;
			synchronized (this) {
				job = this.queue.poll();
				if (job == null) {
					this.busyWorkers--;
					break;
				}
			}
			job.run();
		}
		VirtualClock.markParticipant(false);
		this.clock.jobFinished();
	}

	@SuppressWarnings("unchecked")
	private <T> void settle(Future<T> result, Object value, Throwable failure) {
		this.unsettled--;
		if (this.unsettled == 0 && this.drained != null && !this.drained.done()) {
			this.drained.setResult(null);
		}
		if (result.cancelled()) {
			return;
		}
		if (failure != null) {
			result.setException(failure);
		}
		else {
			result.setResult((T) value);
		}
	}

	/** A future that completes once every submitted job's result reached the loop. */
	Future<Void> drained() {
		Future<Void> future = new Future<>(this.loop, WaitKind.EXECUTOR);
		if (this.unsettled == 0) {
			future.setResult(null);
		}
		else {
			this.drained = future;
		}
		return future;
	}

}
