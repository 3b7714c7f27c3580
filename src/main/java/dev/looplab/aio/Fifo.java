package dev.looplab.aio;

/** asyncio's scheduling order: ready callbacks run in the order they were queued. */
public final class Fifo implements SchedulingStrategy {

	static final Fifo INSTANCE = new Fifo();

	private Fifo() {
	}

	@Override
	public int pick(int remaining) {
		return 0;
	}

	@Override
	public String toString() {
		return "Fifo";
	}

}
