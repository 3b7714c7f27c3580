package dev.looplab.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Compiles test programs in memory with the options the sandbox's compiler uses, so the
 * bytecode tests see what javac really emits for lambdas, records and switches.
 */
final class BytecodeTestCompiler {

	private static final Pattern PUBLIC_TYPE = Pattern
		.compile("(?m)^\\s*public\\s+(?:final\\s+|abstract\\s+)*(?:class|interface|enum|record)\\s+(\\w+)");

	private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

	private BytecodeTestCompiler() {
	}

	/** Class bytes by binary name; fails the test when the source does not compile. */
	static Map<String, byte[]> compile(String source) {
		Matcher publicType = PUBLIC_TYPE.matcher(source);
		String fileName = (publicType.find() ? publicType.group(1) : "Main") + ".java";
		Map<String, ByteArrayOutputStream> outputs = new LinkedHashMap<>();
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		JavaFileManager files = new ForwardingJavaFileManager<>(JAVAC.getStandardFileManager(null, null, null)) {
			@Override
			public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
					FileObject sibling) {
				ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				outputs.put(className, bytes);
				return new SimpleJavaFileObject(URI.create("bytes:///" + className.replace('.', '/') + ".class"),
						kind) {
					@Override
					public OutputStream openOutputStream() {
						return bytes;
					}
				};
			}
		};
		JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + fileName),
				JavaFileObject.Kind.SOURCE) {
			@Override
			public CharSequence getCharContent(boolean ignoreEncodingErrors) {
				return source;
			}
		};
		boolean ok = JAVAC
			.getTask(new StringWriter(), files, diagnostics, List.of("-proc:none", "-g", "-Xlint:none", "-nowarn"),
					null, List.of(file))
			.call();
		if (!ok) {
			throw new AssertionError("Does not compile: " + diagnostics.getDiagnostics());
		}
		Map<String, byte[]> classes = new LinkedHashMap<>();
		outputs.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
		return classes;
	}

	static BytecodeSubmission submission(String source) {
		return BytecodeSubmission.parse(compile(source));
	}

}
