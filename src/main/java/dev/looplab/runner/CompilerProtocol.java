package dev.looplab.runner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Version 1 of the wire format between the server and the compiler JVM. Requests: an int
 * length, then the source in UTF-8. Answers: one type byte, then {@link #COMPILED}
 * (main-class candidate, class count, each class as name and bytes) or
 * {@link #NOT_COMPILED} (diagnostic count, each as line, column and message).
 */
public final class CompilerProtocol {

	public static final int VERSION = 1;

	public static final byte READY = 'R';

	public static final byte COMPILED = 'K';

	public static final byte NOT_COMPILED = 'N';

	/** The largest source accepted; the server refuses larger ones long before. */
	public static final int MAX_SOURCE_BYTES = 4 * 1024 * 1024;

	private CompilerProtocol() {
	}

	/**
	 * What javac made of a source: class files and the file's own class name, or error
	 * diagnostics.
	 */
	public sealed interface Result {

	}

	/**
	 * Compiled: the bytes of every class, and the class named after the file (the first
	 * choice for main).
	 */
	public record Compiled(String primaryClass, Map<String, byte[]> classes) implements Result {
	}

	/** Not compiled: the errors, with 1-based line and column in the learner's source. */
	public record NotCompiled(List<Diagnostic> diagnostics) implements Result {
	}

	/** One compiler error. */
	public record Diagnostic(long line, long column, String message) {
	}

	static void writeReady(DataOutputStream out) throws IOException {
		out.writeByte(READY);
		out.writeInt(VERSION);
		out.flush();
	}

	public static int readReady(DataInputStream in) throws IOException {
		if (in.readByte() != READY) {
			throw new IOException("The compiler JVM did not report ready");
		}
		return in.readInt();
	}

	public static void writeRequest(DataOutputStream out, String source) throws IOException {
		byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
		out.flush();
	}

	static String readRequest(DataInputStream in) throws IOException {
		int length = in.readInt();
		if (length < 0 || length > MAX_SOURCE_BYTES) {
			throw new IOException("Bad source length " + length);
		}
		byte[] bytes = new byte[length];
		in.readFully(bytes);
		return new String(bytes, StandardCharsets.UTF_8);
	}

	static void writeResult(DataOutputStream out, Result result) throws IOException {
		switch (result) {
			case Compiled compiled -> {
				out.writeByte(COMPILED);
				out.writeUTF(compiled.primaryClass());
				out.writeInt(compiled.classes().size());
				for (Map.Entry<String, byte[]> entry : compiled.classes().entrySet()) {
					out.writeUTF(entry.getKey());
					out.writeInt(entry.getValue().length);
					out.write(entry.getValue());
				}
			}
			case NotCompiled notCompiled -> {
				out.writeByte(NOT_COMPILED);
				out.writeInt(notCompiled.diagnostics().size());
				for (Diagnostic diagnostic : notCompiled.diagnostics()) {
					out.writeLong(diagnostic.line());
					out.writeLong(diagnostic.column());
					byte[] message = diagnostic.message().getBytes(StandardCharsets.UTF_8);
					out.writeInt(message.length);
					out.write(message);
				}
			}
		}
		out.flush();
	}

	public static Result readResult(DataInputStream in) throws IOException {
		byte type = in.readByte();
		if (type == COMPILED) {
			String primary = in.readUTF();
			int count = checkedCount(in.readInt());
			Map<String, byte[]> classes = new LinkedHashMap<>();
			for (int i = 0; i < count; i++) {
				String name = in.readUTF();
				classes.put(name, readBytes(in));
			}
			return new Compiled(primary, classes);
		}
		if (type == NOT_COMPILED) {
			int count = checkedCount(in.readInt());
			List<Diagnostic> diagnostics = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				long line = in.readLong();
				long column = in.readLong();
				diagnostics.add(new Diagnostic(line, column, new String(readBytes(in), StandardCharsets.UTF_8)));
			}
			return new NotCompiled(diagnostics);
		}
		throw new IOException("Unknown answer type " + type + " from the compiler JVM");
	}

	private static int checkedCount(int count) throws IOException {
		if (count < 0 || count > 100_000) {
			throw new IOException("Bad count " + count + " from the compiler JVM");
		}
		return count;
	}

	private static byte[] readBytes(DataInputStream in) throws IOException {
		int length = in.readInt();
		if (length < 0 || length > 64 * 1024 * 1024) {
			throw new IOException("Bad length " + length + " from the compiler JVM");
		}
		byte[] bytes = new byte[length];
		in.readFully(bytes);
		return bytes;
	}

}
