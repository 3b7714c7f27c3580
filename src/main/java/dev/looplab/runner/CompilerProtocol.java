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
 * Version 3 of the wire format between the server and the compiler JVM. A request is one
 * or more source files: the first (the learner's) is compiled on its own, the others (an
 * exercise's tests) then against its classes. It is a file count, then each file as its
 * name (modified UTF-8; empty to name it after its public type) and its text (length,
 * UTF-8). Answers: one type byte, then {@link #COMPILED} (file count; each file as its
 * name and its classes, each class as name and bytes) or {@link #NOT_COMPILED}
 * (diagnostic count; each as file name, line, column, javac's code and message).
 */
public final class CompilerProtocol {

	public static final int VERSION = 3;

	public static final byte READY = 'R';

	public static final byte COMPILED = 'K';

	public static final byte NOT_COMPILED = 'N';

	/** The largest source accepted; the server refuses larger ones long before. */
	public static final int MAX_SOURCE_BYTES = 4 * 1024 * 1024;

	/** More files than any exercise has tests. */
	private static final int MAX_FILES = 64;

	private CompilerProtocol() {
	}

	/**
	 * One source file of a request.
	 *
	 * @param name the file name ({@code Crawl.java}), or empty to name it after the
	 * public type it declares ({@code Main.java} when it declares none)
	 * @param text the source
	 */
	public record SourceFile(String name, String text) {

		/** A file named after its public type, as a learner's single file is. */
		public static SourceFile named(String text) {
			return new SourceFile("", text);
		}

	}

	/**
	 * What javac made of the sources: class files by source file, or error diagnostics.
	 */
	public sealed interface Result {

	}

	/** Compiled: the classes of each source file, in the order of the request. */
	public record Compiled(List<CompiledFile> files) implements Result {

		/** The first file's classes and name: a plain run's only file. */
		public CompiledFile first() {
			return this.files.getFirst();
		}

	}

	/**
	 * The classes compiled from one file.
	 *
	 * @param fileName the file's name, as compiled ({@code Crawl.java})
	 * @param classes class bytes by binary name
	 */
	public record CompiledFile(String fileName, Map<String, byte[]> classes) {

		/** The class named after the file: the first choice for main. */
		public String primaryClass() {
			return this.fileName.substring(0, this.fileName.length() - ".java".length());
		}

	}

	/** Not compiled: the errors, with 1-based line and column in their file. */
	public record NotCompiled(List<Diagnostic> diagnostics) implements Result {
	}

	/**
	 * One compiler error.
	 *
	 * @param fileName the file it is in, as compiled
	 * @param line 1-based line
	 * @param column 1-based column
	 * @param code javac's key for the kind of error
	 * ({@code compiler.err.cant.resolve.location.args}), or empty
	 * @param message javac's message in English
	 */
	public record Diagnostic(String fileName, long line, long column, String code, String message) {
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

	public static void writeRequest(DataOutputStream out, List<SourceFile> files) throws IOException {
		out.writeInt(files.size());
		for (SourceFile file : files) {
			out.writeUTF(file.name());
			writeBytes(out, file.text().getBytes(StandardCharsets.UTF_8));
		}
		out.flush();
	}

	static List<SourceFile> readRequest(DataInputStream in) throws IOException {
		int count = in.readInt();
		if (count < 1 || count > MAX_FILES) {
			throw new IOException("Bad file count " + count);
		}
		List<SourceFile> files = new ArrayList<>();
		int total = 0;
		for (int i = 0; i < count; i++) {
			String name = in.readUTF();
			int length = in.readInt();
			total += Math.max(0, length);
			if (length < 0 || total > MAX_SOURCE_BYTES) {
				throw new IOException("Bad source length " + length);
			}
			byte[] bytes = new byte[length];
			in.readFully(bytes);
			files.add(new SourceFile(name, new String(bytes, StandardCharsets.UTF_8)));
		}
		return files;
	}

	static void writeResult(DataOutputStream out, Result result) throws IOException {
		switch (result) {
			case Compiled compiled -> {
				out.writeByte(COMPILED);
				out.writeInt(compiled.files().size());
				for (CompiledFile file : compiled.files()) {
					out.writeUTF(file.fileName());
					out.writeInt(file.classes().size());
					for (Map.Entry<String, byte[]> entry : file.classes().entrySet()) {
						out.writeUTF(entry.getKey());
						writeBytes(out, entry.getValue());
					}
				}
			}
			case NotCompiled notCompiled -> {
				out.writeByte(NOT_COMPILED);
				out.writeInt(notCompiled.diagnostics().size());
				for (Diagnostic diagnostic : notCompiled.diagnostics()) {
					out.writeUTF(diagnostic.fileName());
					out.writeLong(diagnostic.line());
					out.writeLong(diagnostic.column());
					out.writeUTF(diagnostic.code());
					writeBytes(out, diagnostic.message().getBytes(StandardCharsets.UTF_8));
				}
			}
		}
		out.flush();
	}

	public static Result readResult(DataInputStream in) throws IOException {
		byte type = in.readByte();
		if (type == COMPILED) {
			int fileCount = checkedCount(in.readInt());
			List<CompiledFile> files = new ArrayList<>();
			for (int f = 0; f < fileCount; f++) {
				String fileName = in.readUTF();
				int count = checkedCount(in.readInt());
				Map<String, byte[]> classes = new LinkedHashMap<>();
				for (int i = 0; i < count; i++) {
					String name = in.readUTF();
					classes.put(name, readBytes(in));
				}
				files.add(new CompiledFile(fileName, classes));
			}
			return new Compiled(files);
		}
		if (type == NOT_COMPILED) {
			int count = checkedCount(in.readInt());
			List<Diagnostic> diagnostics = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				String fileName = in.readUTF();
				long line = in.readLong();
				long column = in.readLong();
				String code = in.readUTF();
				String message = new String(readBytes(in), StandardCharsets.UTF_8);
				diagnostics.add(new Diagnostic(fileName, line, column, code, message));
			}
			return new NotCompiled(diagnostics);
		}
		throw new IOException("Unknown answer type " + type + " from the compiler JVM");
	}

	private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
		out.writeInt(bytes.length);
		out.write(bytes);
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
