package dev.looplab.aio;

/** Mirrors {@code asyncio.QueueEmpty}: {@link Queue#getNowait()} found nothing. */
public class QueueEmpty extends RuntimeException {

	/** An empty-queue error. */
	public QueueEmpty() {
		super();
	}

}
