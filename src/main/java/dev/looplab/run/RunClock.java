package dev.looplab.run;

import java.util.Locale;

/**
 * Which clock a program's sleeps and time readings use. Virtual time arrives with the
 * scheduler; until then both run on the real clock.
 */
public enum RunClock {

	REAL, VIRTUAL;

	/** Parses the API's lower-case names; null means the default, real. */
	public static RunClock parse(String name) {
		if (name == null || name.isBlank()) {
			return REAL;
		}
		return switch (name.toLowerCase(Locale.ROOT)) {
			case "real" -> REAL;
			case "virtual" -> VIRTUAL;
			default -> throw RunRejected.badRequest("Unknown clock",
					"\"clock\" must be \"real\" or \"virtual\", not \"%s\".".formatted(name));
		};
	}

}
