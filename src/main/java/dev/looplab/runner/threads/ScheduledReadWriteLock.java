package dev.looplab.runner.threads;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * What a learner's {@code new ReentrantReadWriteLock} makes on the virtual clock: any
 * number of readers, or one writer, kept by the scheduler. As in the JDK, the writer may
 * also take the read lock (and so downgrade), a reader can never take the write lock
 * (upgrading deadlocks, which the scheduler then reports), and both are re-entrant.
 * Fairness makes no difference. Without a scheduler it is the JDK's lock.
 */
public class ScheduledReadWriteLock extends ReentrantReadWriteLock {

	/** The threads holding the read lock, in the order they took it, with their holds. */
	private final transient Map<Thread, Integer> readers = new LinkedHashMap<>();

	final transient ExclusiveHold writer = new ExclusiveHold(new WaitList(this::holders),
			() -> !this.readers.isEmpty());

	private final ReadLock scheduledReadLock = new ScheduledReadLock(this);

	private final WriteLock scheduledWriteLock = new ScheduledWriteLock(this);

	public ScheduledReadWriteLock() {
	}

	public ScheduledReadWriteLock(boolean fair) {
		super(fair);
	}

	@Override
	public ReadLock readLock() {
		return (ThreadScheduler.installed() != null) ? this.scheduledReadLock : super.readLock();
	}

	@Override
	public WriteLock writeLock() {
		return (ThreadScheduler.installed() != null) ? this.scheduledWriteLock : super.writeLock();
	}

	@Override
	public boolean isWriteLocked() {
		return (ThreadScheduler.installed() == null) ? super.isWriteLocked() : this.writer.owner() != null;
	}

	@Override
	public boolean isWriteLockedByCurrentThread() {
		return (ThreadScheduler.installed() == null) ? super.isWriteLockedByCurrentThread() : this.writer.held();
	}

	@Override
	public int getWriteHoldCount() {
		return (ThreadScheduler.installed() == null) ? super.getWriteHoldCount() : this.writer.holdCount();
	}

	@Override
	public int getReadLockCount() {
		return (ThreadScheduler.installed() == null) ? super.getReadLockCount()
				: this.readers.values().stream().mapToInt(Integer::intValue).sum();
	}

	@Override
	public int getReadHoldCount() {
		return (ThreadScheduler.installed() == null) ? super.getReadHoldCount()
				: this.readers.getOrDefault(Thread.currentThread(), 0);
	}

	@Override
	public String toString() {
		if (ThreadScheduler.installed() == null) {
			return super.toString();
		}
		return ReentrantReadWriteLock.class.getName() + "@" + Integer.toHexString(hashCode()) + "[Write locks = "
				+ this.writer.holdCount() + ", Read locks = " + getReadLockCount() + "]";
	}

	/** Whether the calling thread may take the read lock now. Scheduler's lock held. */
	boolean readable() {
		return this.writer.owner() == null || this.writer.held();
	}

	/** Takes the read lock once more. Scheduler's lock held. */
	void read() {
		this.readers.merge(Thread.currentThread(), 1, Integer::sum);
	}

	/**
	 * Gives back one read hold; the last reader lets a writer in. Scheduler's lock held.
	 */
	void unread(ThreadScheduler scheduler) {
		Thread me = Thread.currentThread();
		Integer holds = this.readers.get(me);
		if (holds == null) {
			throw new IllegalMonitorStateException("attempt to unlock read lock, not locked by current thread");
		}
		if (holds == 1) {
			this.readers.remove(me);
		}
		else {
			this.readers.put(me, holds - 1);
		}
		if (this.readers.isEmpty()) {
			SchedulerWait.wakeAll(scheduler, this.writer.entrants);
		}
	}

	/** Who holds the lock, for messages: "the write lock held by worker-1". */
	private String holders() {
		if (this.writer.owner() != null) {
			return "the write lock held by " + this.writer.ownerName();
		}
		StringJoiner names = new StringJoiner(", ", "the read lock held by ", "");
		this.readers.keySet().forEach((reader) -> names.add(reader.getName()));
		return names.toString();
	}

}
