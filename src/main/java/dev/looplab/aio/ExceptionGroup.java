package dev.looplab.aio;

import java.util.List;

/**
 * Mirrors Python's {@code ExceptionGroup} as raised by {@code asyncio.TaskGroup}: every
 * error of the group's tasks, in the order they happened.
 */
public class ExceptionGroup extends RuntimeException {

	private final String title;

	private final List<Throwable> exceptions;

	/**
	 * @param title the group's own message, e.g. "unhandled errors in a TaskGroup"
	 * @param exceptions the errors it collects, at least one
	 */
	public ExceptionGroup(String title, List<? extends Throwable> exceptions) {
		super(title + " (" + exceptions.size() + " sub-exception" + ((exceptions.size() == 1) ? "" : "s") + ")", null,
				true, true);
		this.title = title;
		this.exceptions = List.copyOf(exceptions);
		this.exceptions.forEach(this::addSuppressed);
	}

	/** Mirrors {@code ExceptionGroup.exceptions}: the collected errors. */
	public List<Throwable> exceptions() {
		return this.exceptions;
	}

	/** Mirrors {@code ExceptionGroup.message}: the title without the count. */
	public String title() {
		return this.title;
	}

}
