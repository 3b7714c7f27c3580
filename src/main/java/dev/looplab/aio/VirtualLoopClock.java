package dev.looplab.aio;

/** A loop on the installed {@link VirtualClock}: the loop thread is one participant. */
final class VirtualLoopClock implements LoopClock {

	private final VirtualClock clock;

	private final VirtualClock.IdleTicket ticket = new VirtualClock.IdleTicket();

	VirtualLoopClock(VirtualClock clock) {
		this.clock = clock;
	}

	@Override
	public long nanos() {
		return this.clock.nanos();
	}

	@Override
	public boolean idle(long deadline) {
		return this.clock.idle(deadline, this.ticket);
	}

	@Override
	public void wake() {
		this.clock.wake(this.ticket);
	}

	@Override
	public void attach() {
		VirtualClock.markParticipant(true);
		this.clock.join();
	}

	@Override
	public void detach() {
		VirtualClock.markParticipant(false);
		this.clock.leave();
	}

	@Override
	public void jobStarted() {
		this.clock.join();
	}

	@Override
	public void jobFinished() {
		this.clock.leave();
	}

	@Override
	public void blockingSleep(long nanos) throws InterruptedException {
		this.clock.sleep(nanos);
	}

}
