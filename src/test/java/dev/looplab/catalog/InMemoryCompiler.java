package dev.looplab.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles one Java source file with the JDK's compiler without touching the disk, for
 * tests that check the course's examples.
 */
class InMemoryCompiler {

	/** Warnings count as errors: an example is code learners copy. */
	private static final List<String> OPTIONS = List.of("-proc:none", "-Xlint:all", "-Werror");

	/**
	 * Returns the compiler's messages, one per line, or an empty string when the source
	 * compiled cleanly.
	 */
	String problems(String fileName, String source) {
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null);
		try (DiscardingFileManager files = new DiscardingFileManager(standard)) {
			boolean compiled = compiler
				.getTask(null, files, diagnostics, OPTIONS, null, List.of(new Source(fileName, source)))
				.call();
			String messages = diagnostics.getDiagnostics()
				.stream()
				.map(InMemoryCompiler::describe)
				.collect(Collectors.joining("\n"));
			return (compiled && messages.isEmpty()) ? "" : (messages.isEmpty() ? "compilation failed" : messages);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
		return diagnostic.getKind() + " at line " + diagnostic.getLineNumber() + ": "
				+ diagnostic.getMessage(Locale.ROOT);
	}

	private static final class Source extends SimpleJavaFileObject {

		private final String text;

		Source(String fileName, String text) {
			super(URI.create("string:///" + fileName), Kind.SOURCE);
			this.text = text;
		}

		@Override
		public CharSequence getCharContent(boolean ignoreEncodingErrors) {
			return this.text;
		}

	}

	/** Class files go to memory and are dropped: only whether they compile matters. */
	private static final class DiscardingFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {

		DiscardingFileManager(StandardJavaFileManager standard) {
			super(standard);
		}

		@Override
		public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
				FileObject sibling) {
			return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension),
					kind) {

				@Override
				public OutputStream openOutputStream() {
					return new ByteArrayOutputStream();
				}

			};
		}

	}

}
