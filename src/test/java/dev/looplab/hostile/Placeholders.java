package dev.looplab.hostile;

import java.util.Map;

/**
 * What the {@code ${NAME}} placeholders in a hostile program and its expectations stand
 * for: targets on the host that the program must not reach.
 *
 * @param canary the absolute path of the canary file
 * @param secret the canary's content
 * @param port the port on which the host listens (TCP and UDP, loopback)
 * @param hostTmp the host's temporary directory
 * @param serverDirectory the server's working directory
 */
record Placeholders(String canary, String secret, int port, String hostTmp, String serverDirectory) {

	/** A UTF-16 high surrogate with no low surrogate after it: not encodable as UTF-8. */
	private static final String LONE_SURROGATE = "\uD800";

	String fill(String text) {
		Map<String, String> values = Map.of("CANARY", this.canary, "SECRET", this.secret, "PORT",
				Integer.toString(this.port), "HOST_TMP", this.hostTmp, "SERVER_DIR", this.serverDirectory,
				"LONE_SURROGATE", LONE_SURROGATE);
		String filled = text;
		for (Map.Entry<String, String> value : values.entrySet()) {
			filled = filled.replace("${" + value.getKey() + "}", value.getValue());
		}
		return filled;
	}

}
