package dev.looplab.run;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A validated request to run a source: who asked and how to run it.
 *
 * @param source the learner's Java source
 * @param clock real or virtual time
 * @param owner the signed-in user's name, or null for an anonymous caller
 * @param client the key that rate limits apply to (user name or address)
 * @param seed picks the event loop's scheduling strategy: null for asyncio's own order
 * (first in, first out), a number for a random order that this number makes repeatable
 */
public record RunSubmission(String source, RunClock clock, String owner, String client, Long seed) {

	public RunSubmission(String source, RunClock clock, String owner, String client) {
		this(source, clock, owner, client, null);
	}

	int sourceBytes() {
		return this.source.getBytes(StandardCharsets.UTF_8).length;
	}

	String sourceSha256() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(this.source.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

}
