package dev.looplab.runner;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a learner's source file (with the tests of an exercise, when it is graded) in
 * memory with javac. {@code -proc:none}: no annotation processor, so no code of the
 * learner's runs during compilation. The standard file manager is kept between compiles,
 * because opening the platform's class files is the costliest part of compiling a small
 * class. A graded compile is two javac calls (see {@link GradedCompile}): the learner's
 * file alone, then the tests against its classes.
 */
final class InMemoryCompiler {

	private static final Pattern PUBLIC_TYPE = Pattern.compile(
			"(?m)^\\s*public\\s+(?:(?:final|abstract|sealed|non-sealed|strictfp)\\s+)*(?:class|interface|enum|record)\\s+([\\p{L}_$][\\p{L}\\p{N}_$]*)");

	private static final List<String> OPTIONS = List.of("-proc:none", "-g", "-Xlint:none", "-implicit:none",
			"-encoding", "UTF-8");

	/**
	 * The tests carry no debug information: no line numbers, file or variable names of
	 * hidden code can surface in a stack trace or a helpful NullPointerException message.
	 */
	private static final List<String> TEST_OPTIONS = List.of("-proc:none", "-g:none", "-Xlint:none", "-implicit:none",
			"-encoding", "UTF-8");

	private static final String WARMUP = """
			import java.util.*;
			import java.util.concurrent.*;

			public class Warmup {
				record Page(String name, int seconds) {}

				public static void main(String[] args) throws Exception {
					List<Page> pages = List.of(new Page("a", 1), new Page("b", 2));
					try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
						for (Page page : pages) {
							pool.submit(() -> System.out.printf("%s %d%n", page.name(), page.seconds()));
						}
					}
					String kind = switch (pages.size()) { case 0 -> "none"; default -> "some " + pages.size(); };
					System.out.println(kind);
				}
			}
			""";

	private static final String WARMUP_TESTS = """
			import dev.looplab.testkit.Expect;
			import dev.looplab.testkit.Points;
			import dev.looplab.testkit.Program;
			import dev.looplab.testkit.ProgramRun;
			import org.junit.jupiter.api.Test;

			class WarmupTests {
				@Test
				@Points(2)
				void runs() {
					ProgramRun run = Program.run();
					Expect.printed(run, "some 2");
					Expect.finishesWithin(run, 1.0, "");
				}
			}
			""";

	private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();

	private final StandardJavaFileManager standard = this.javac.getStandardFileManager(null, Locale.ROOT,
			StandardCharsets.UTF_8);

	/** javac gets several times faster over its first few dozen compiles in a JVM. */
	void warmUp(int compiles) {
		List<CompilerProtocol.SourceFile> graded = List.of(CompilerProtocol.SourceFile.named(WARMUP),
				new CompilerProtocol.SourceFile("WarmupTests.java", WARMUP_TESTS));
		for (int i = 0; i < compiles; i++) {
			// An eighth of them as a grading, two javac calls each (so the warm-up
			// costs what it did with one call per grading): the tests' imports are
			// read from the jar.
			if (i % 8 == 7) {
				compile(graded);
			}
			else {
				compile(WARMUP);
			}
		}
	}

	CompilerProtocol.Result compile(String source) {
		return compile(List.of(CompilerProtocol.SourceFile.named(source)));
	}

	/**
	 * Compiles the first file (the learner's); with more files (an exercise's tests),
	 * then compiles those against its classes (see {@link GradedCompile}).
	 */
	CompilerProtocol.Result compile(List<CompilerProtocol.SourceFile> sources) {
		CompilerProtocol.Result learner = compileAlone(sources.getFirst());
		if (sources.size() == 1 || !(learner instanceof CompilerProtocol.Compiled compiled)) {
			return learner;
		}
		return GradedCompile.testsAgainst(compiled.first(), sources.subList(1, sources.size()), this::compileTests);
	}

	private CompilerProtocol.Result compileAlone(CompilerProtocol.SourceFile file) {
		List<JavaFileObject> files = List.of(source(file));
		return call(files, new ClassFiles(this.standard, files), OPTIONS);
	}

	/** The tests, with the learner's classes beside them in the unnamed package. */
	private CompilerProtocol.Result compileTests(CompilerProtocol.CompiledFile learner,
			List<CompilerProtocol.SourceFile> tests) {
		List<JavaFileObject> files = tests.stream().map(InMemoryCompiler::source).toList();
		return call(files, new ClassFiles(new LearnerClassPath(this.standard, learner.classes()), files), TEST_OPTIONS);
	}

	private CompilerProtocol.Result call(List<JavaFileObject> files, ClassFiles output, List<String> options) {
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		StringWriter javacOutput = new StringWriter();
		boolean ok = this.javac.getTask(javacOutput, output, diagnostics, options, null, files).call();
		if (!ok) {
			return new CompilerProtocol.NotCompiled(errors(diagnostics, javacOutput.toString(), files.getFirst()));
		}
		return new CompilerProtocol.Compiled(output.compiledFiles());
	}

	private static JavaFileObject source(CompilerProtocol.SourceFile file) {
		return source(file.name().isEmpty() ? fileNameFor(file.text()) : file.name(), file.text());
	}

	/**
	 * javac wants a public top-level type in a file of its name; anything else compiles
	 * as Main.java.
	 */
	static String fileNameFor(String source) {
		Matcher matcher = PUBLIC_TYPE.matcher(source);
		return (matcher.find() ? matcher.group(1) : "Main") + ".java";
	}

	private static JavaFileObject source(String fileName, String text) {
		return new SimpleJavaFileObject(URI.create("string:///" + fileName), JavaFileObject.Kind.SOURCE) {
			@Override
			public CharSequence getCharContent(boolean ignoreEncodingErrors) {
				return text;
			}
		};
	}

	private static List<CompilerProtocol.Diagnostic> errors(DiagnosticCollector<JavaFileObject> collector,
			String javacOutput, JavaFileObject first) {
		List<CompilerProtocol.Diagnostic> errors = new ArrayList<>();
		for (Diagnostic<? extends JavaFileObject> diagnostic : collector.getDiagnostics()) {
			if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
				JavaFileObject file = (diagnostic.getSource() != null) ? diagnostic.getSource() : first;
				String code = (diagnostic.getCode() != null) ? diagnostic.getCode() : "";
				errors.add(new CompilerProtocol.Diagnostic(fileName(file), Math.max(1, diagnostic.getLineNumber()),
						Math.max(1, diagnostic.getColumnNumber()), code, diagnostic.getMessage(Locale.ENGLISH)));
			}
		}
		String firstFile = fileName(first);
		if (errors.isEmpty() && javacOutput.contains("java.lang.StackOverflowError")) {
			// javac recurses once per level of nesting and reports running out of stack
			// as its own crash; to the learner it is a limit of the compiler.
			errors.add(new CompilerProtocol.Diagnostic(firstFile, 1, 1, "",
					"This code is nested too deeply for the compiler (it ran out of stack). Simplify it: split long"
							+ " expressions, deeply nested parentheses or generic types into smaller named parts."));
		}
		else if (errors.isEmpty() && javacOutput.contains("An exception has occurred in the compiler")) {
			errors.add(new CompilerProtocol.Diagnostic(firstFile, 1, 1, "",
					"The compiler failed on this code with an internal error (%s). Simplify the code around the part you changed last."
						.formatted(firstException(javacOutput))));
		}
		else if (errors.isEmpty()) {
			// javac failed without a positioned error (an option or resource problem).
			errors.add(new CompilerProtocol.Diagnostic(firstFile, 1, 1, "",
					javacOutput.isBlank() ? "The compiler failed." : javacOutput.strip()));
		}
		return errors;
	}

	private static String fileName(JavaFileObject file) {
		String path = file.toUri().getPath();
		return path.substring(path.lastIndexOf('/') + 1);
	}

	/**
	 * Keeps the class files javac writes in memory. Never closed: that would close the
	 * shared manager.
	 */
	private static final class ClassFiles extends ForwardingJavaFileManager<JavaFileManager> {

		private final List<JavaFileObject> sources;

		/** The class files of each source, in the order of the sources. */
		private final Map<JavaFileObject, Map<String, ByteArrayOutputStream>> outputs = new LinkedHashMap<>();

		ClassFiles(JavaFileManager standard, List<JavaFileObject> sources) {
			super(standard);
			this.sources = sources;
			sources.forEach((source) -> this.outputs.put(source, new LinkedHashMap<>()));
		}

		@Override
		public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
				FileObject sibling) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			// javac names the source a class comes from as its sibling.
			JavaFileObject source = this.sources.stream()
				.filter((candidate) -> sibling != null && candidate.toUri().equals(sibling.toUri()))
				.findFirst()
				.orElse(this.sources.getFirst());
			this.outputs.get(source).put(className, bytes);
			return new SimpleJavaFileObject(URI.create("bytes:///" + className.replace('.', '/') + kind.extension),
					kind) {
				@Override
				public OutputStream openOutputStream() {
					return bytes;
				}
			};
		}

		List<CompilerProtocol.CompiledFile> compiledFiles() {
			List<CompilerProtocol.CompiledFile> files = new ArrayList<>();
			this.outputs.forEach((source, classes) -> {
				Map<String, byte[]> bytes = new LinkedHashMap<>();
				classes.forEach((name, output) -> bytes.put(name, output.toByteArray()));
				files.add(new CompilerProtocol.CompiledFile(fileName(source), bytes));
			});
			return files;
		}

	}

	private static String firstException(String javacOutput) {
		return javacOutput.lines()
			.filter((line) -> line.startsWith("java.") || line.startsWith("jdk."))
			.findFirst()
			.orElse("unknown")
			.strip();
	}

}
