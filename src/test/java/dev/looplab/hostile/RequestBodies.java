package dev.looplab.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Bodies for {@code POST /api/runs}, written by hand rather than by a JSON library so
 * that a test can send what a library would refuse to write: lone surrogates as
 * {@code \\uD800} escapes, or bytes that are not UTF-8 at all.
 */
final class RequestBodies {

	private RequestBodies() {
	}

	/** A well-formed body; every character outside printable ASCII is escaped. */
	static byte[] escaped(String source) {
		StringBuilder json = new StringBuilder("{\"source\": \"");
		for (int i = 0; i < source.length(); i++) {
			char c = source.charAt(i);
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c >= 0x20 && c < 0x7f) {
				json.append(c);
			}
			else {
				json.append("\\u%04x".formatted((int) c));
			}
		}
		return json.append("\", \"clock\": \"real\"}").toString().getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * A body whose source string carries the given bytes unchanged where they are not
	 * ASCII: JSON syntax intact, UTF-8 broken wherever the bytes are not UTF-8.
	 */
	static byte[] raw(byte[] source) {
		ByteArrayOutputStream json = new ByteArrayOutputStream();
		json.writeBytes("{\"source\": \"".getBytes(StandardCharsets.US_ASCII));
		for (byte b : source) {
			int c = b & 0xFF;
			if (c == '"' || c == '\\') {
				json.write('\\');
				json.write(c);
			}
			else if (c < 0x20) {
				json.writeBytes("\\u%04x".formatted(c).getBytes(StandardCharsets.US_ASCII));
			}
			else {
				json.write(c);
			}
		}
		json.writeBytes("\", \"clock\": \"real\"}".getBytes(StandardCharsets.US_ASCII));
		return json.toByteArray();
	}

}
