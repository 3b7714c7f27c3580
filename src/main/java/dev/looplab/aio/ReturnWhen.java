package dev.looplab.aio;

/** Mirrors the {@code return_when} constants of {@code asyncio.wait}. */
public enum ReturnWhen {

	/** {@code asyncio.FIRST_COMPLETED}. */
	FIRST_COMPLETED,
	/** {@code asyncio.FIRST_EXCEPTION}. */
	FIRST_EXCEPTION,
	/** {@code asyncio.ALL_COMPLETED}. */
	ALL_COMPLETED

}
