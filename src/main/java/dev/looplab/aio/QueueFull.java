package dev.looplab.aio;

/** Mirrors {@code asyncio.QueueFull}: {@link Queue#putNowait(Object)} found no room. */
public class QueueFull extends RuntimeException {

	/** A full-queue error. */
	public QueueFull() {
		super();
	}

}
