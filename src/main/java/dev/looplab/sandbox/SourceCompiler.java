package dev.looplab.sandbox;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

	private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();

	Compilation compile(String source) {
		String fileName = fileNameFor(source);
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		try (StandardJavaFileManager standard = this.javac.getStandardFileManager(diagnostics, Locale.ROOT, null);
				InMemoryFiles files = new InMemoryFiles(standard)) {
			StringWriter javacOutput = new StringWriter();
			boolean ok = this.javac
				.getTask(javacOutput, files, diagnostics, OPTIONS, null,
						List.of(InMemoryFiles.source(fileName, source)))
				.call();
			if (!ok) {
				return new Compilation.NotCompiled(errors(diagnostics, javacOutput.toString()));
			}
			Map<String, byte[]> classes = files.classes();
			return new Compilation.Compiled(MainClassFinder.find(classes, primaryClass(fileName)), classes);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("The in-memory file manager failed", ex);
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
