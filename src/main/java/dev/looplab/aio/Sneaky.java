package dev.looplab.aio;

/**
 * Re-throws a task's exception as it is, checked or not, as Python would: awaiting a task
 * that failed with an {@code IOException} throws that {@code IOException}.
 */
final class Sneaky {

	private Sneaky() {
	}

	static RuntimeException raise(Throwable exception) {
		throw Sneaky.<RuntimeException>cast(exception);
	}

	@SuppressWarnings("unchecked")
	private static <E extends Throwable> E cast(Throwable exception) throws E {
		throw (E) exception;
	}

}
