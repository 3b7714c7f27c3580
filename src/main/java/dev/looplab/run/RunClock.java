package dev.looplab.run;

import java.util.Locale;

/**
 * Which clock a program's sleeps and time readings use: the event loop's virtual clock,
 * which jumps to the next timer instead of waiting (the default), or the real one.
 */
public enum RunClock {

	REAL, VIRTUAL;

	/** Parses the API's lower-case names; null means the default, virtual. */
	public static RunClock parse(String name) {
		if (name == null || name.isBlank()) {
			return VIRTUAL;
		}
		return switch (name.toLowerCase(Locale.ROOT)) {
			case "real" -> REAL;
			case "virtual" -> VIRTUAL;
			default -> throw RunRejected.badRequest("Unknown clock",
					"\"clock\" must be \"real\" or \"virtual\", not \"%s\".".formatted(name));
		};
	}

}
