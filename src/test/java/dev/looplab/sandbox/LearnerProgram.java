package dev.looplab.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.looplab.aio.VirtualClock;

/**
 * Runs a learner-style program in this JVM the way the sandbox would: compiled, checked
 * and instrumented by the sandbox's own code, loaded by its own class loader, with the
 * virtual clock installed and {@code System.out} captured.
 */
final class LearnerProgram {

	private LearnerProgram() {
	}

	/** The main method of class {@code Main}, loaded from the given class files alone. */
	static Method mainOf(Map<String, byte[]> classes) throws ReflectiveOperationException {
		ClassLoader loader = new ClassLoader("learner", LearnerProgram.class.getClassLoader()) {
			@Override
			protected Class<?> findClass(String name) throws ClassNotFoundException {
				byte[] bytes = classes.get(name);
				if (bytes == null) {
					throw new ClassNotFoundException(name);
				}
				return defineClass(name, bytes, 0, bytes.length);
			}
		};
		return loader.loadClass("Main").getMethod("main", String[].class);
	}

	/** What the program printed (its exception, if any, as a last line). */
	static String run(String source) throws Exception {
		return run(source, true);
	}

	/**
	 * What the program printed on the virtual clock or, with {@code virtualClock} false,
	 * on the real one.
	 */
	static String run(String source, boolean virtualClock) throws Exception {
		Method main = mainOf(LearnerProgramsForTests.prepare(source));
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		PrintStream original = System.out;
		if (virtualClock) {
			VirtualClock.install();
		}
		try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
			System.setOut(out);
			try {
				main.invoke(null, (Object) new String[0]);
			}
			catch (InvocationTargetException ex) {
				out.println("!! " + ex.getCause());
			}
		}
		finally {
			System.setOut(original);
			VirtualClock.uninstall();
		}
		return captured.toString(StandardCharsets.UTF_8);
	}

}
