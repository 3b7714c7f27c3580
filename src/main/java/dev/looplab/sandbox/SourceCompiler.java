package dev.looplab.sandbox;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles one learner source file in memory with javac ({@code -proc:none}: no
 * annotation processor ever runs learner-controlled code inside the compiler).
 */
@org.springframework.stereotype.Component
class SourceCompiler {

	private static final Pattern PUBLIC_TYPE = Pattern.compile(
			"(?m)^\\s*public\\s+(?:(?:final|abstract|sealed|non-sealed|strictfp)\\s+)*(?:class|interface|enum|record)\\s+([\\p{L}_$][\\p{L}\\p{N}_$]*)");

	private static final List<String> OPTIONS = List.of("-proc:none", "-g", "-Xlint:none", "-implicit:none",
			"-encoding", "UTF-8");

	/** How many compiles may run at once; each holds its own file manager. */
	private static final int PARALLEL = 2;

	private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();

	/**
	 * Opening the platform's class files is the costliest part of a small compile, so
	 * file managers are kept and reused; a file manager is not thread-safe, so each
	 * compile borrows one.
	 */
	private final BlockingQueue<StandardJavaFileManager> fileManagers = new ArrayBlockingQueue<>(PARALLEL);

	SourceCompiler() {
		for (int i = 0; i < PARALLEL; i++) {
			this.fileManagers.add(this.javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8));
		}
	}

	Compilation compile(String source) {
		StandardJavaFileManager standard = borrow();
		try {
			return compile(source, standard);
		}
		finally {
			this.fileManagers.add(standard);
		}
	}

	private Compilation compile(String source, StandardJavaFileManager standard) {
		String fileName = fileNameFor(source);
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		// Not closed: closing would close the shared file manager it forwards to.
		InMemoryFiles files = new InMemoryFiles(standard);
		StringWriter javacOutput = new StringWriter();
		boolean ok = this.javac
			.getTask(javacOutput, files, diagnostics, OPTIONS, null, List.of(InMemoryFiles.source(fileName, source)))
			.call();
		if (!ok) {
			return new Compilation.NotCompiled(errors(diagnostics, javacOutput.toString()));
		}
		Map<String, byte[]> classes = files.classes();
		return new Compilation.Compiled(MainClassFinder.find(classes, primaryClass(fileName)), classes);
	}

	private StandardJavaFileManager borrow() {
		try {
			return this.fileManagers.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the compiler", ex);
		}
	}

	/**
	 * javac wants a public top-level type in a file of the same name; anything else
	 * compiles as Main.java.
	 */
	static String fileNameFor(String source) {
		Matcher matcher = PUBLIC_TYPE.matcher(source);
		return (matcher.find() ? matcher.group(1) : "Main") + ".java";
	}

	private static String primaryClass(String fileName) {
		return fileName.substring(0, fileName.length() - ".java".length());
	}

	private static List<SandboxEvent.Diagnostic> errors(DiagnosticCollector<JavaFileObject> collector,
			String javacOutput) {
		List<SandboxEvent.Diagnostic> errors = new ArrayList<>();
		for (Diagnostic<? extends JavaFileObject> diagnostic : collector.getDiagnostics()) {
			if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
				errors.add(new SandboxEvent.Diagnostic(Math.max(1, diagnostic.getLineNumber()),
						Math.max(1, diagnostic.getColumnNumber()), diagnostic.getMessage(Locale.ENGLISH), 0));
			}
		}
		if (errors.isEmpty()) {
			// javac failed without a positioned error (for example an option or resource
			// problem).
			errors.add(
					new SandboxEvent.Diagnostic(1, 1, javacOutput.isBlank() ? "The compiler failed." : javacOutput, 0));
		}
		return errors;
	}

}
