package dev.looplab.runner.threads;

/**
 * What a learner's {@code new Thread(...)} creates, and what a learner's subclass of
 * {@code Thread} extends, once the sandbox has rewritten its classes for the virtual
 * clock: a {@code Thread} whose run first waits for its turn and at the end hands the
 * baton on. The sandbox renames a subclass's {@code run()} to {@link #looplab$run()} so
 * that this wrapper stays in front of it. Without a scheduler it is a plain thread.
 */
public class ScheduledThread extends Thread {

	/** Whether the thread's own run has begun: a second call of run() is a plain call. */
	private boolean entered;

	public ScheduledThread() {
	}

	public ScheduledThread(Runnable task) {
		super(task);
	}

	public ScheduledThread(String name) {
		super(name);
	}

	public ScheduledThread(Runnable task, String name) {
		super(task, name);
	}

	/** For a thread made by a {@code Thread.Builder}: its name and daemon flag. */
	ScheduledThread(Runnable task, String name, boolean daemon) {
		super(task, name);
		setDaemon(daemon);
	}

	@Override
	public void run() {
		ThreadScheduler scheduler = ThreadScheduler.installed();
		Strand strand = (scheduler != null && !this.entered && currentThread() == this) ? scheduler.strandOf(this)
				: null;
		if (strand == null) {
			looplab$run();
			return;
		}
		this.entered = true;
		scheduler.firstTurn(strand);
		Throwable failure = null;
		try {
			looplab$run();
		}
		catch (Throwable ex) {
			failure = ex;
			// Reported while this thread still holds the baton, so in a repeatable place.
			getUncaughtExceptionHandler().uncaughtException(this, ex);
		}
		finally {
			scheduler.lock.lock();
			try {
				scheduler.finished(strand, failure);
			}
			finally {
				scheduler.lock.unlock();
			}
		}
	}

	/** The thread's work: its task, or the learner subclass's renamed {@code run()}. */
	protected void looplab$run() {
		super.run();
	}

}
