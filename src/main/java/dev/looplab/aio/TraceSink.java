package dev.looplab.aio;

/**
 * Where a loop sends its {@link TraceEvent}s. The sink, not the loop, decides how many it
 * keeps.
 */
@FunctionalInterface
public interface TraceSink {

	/** Drops everything; the loop then skips building events. */
	TraceSink NONE = new TraceSink() {
		@Override
		public void accept(TraceEvent event) {
		}

		@Override
		public boolean enabled() {
			return false;
		}
	};

	/**
	 * Receives one event, on the loop's thread.
	 * @param event the event
	 */
	void accept(TraceEvent event);

	/** Whether the loop should build events at all. */
	default boolean enabled() {
		return true;
	}

}
