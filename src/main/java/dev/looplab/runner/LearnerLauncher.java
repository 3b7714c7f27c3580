package dev.looplab.runner;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Loads the learner's classes (and the tests of a graded job, beside them, so that they
 * can call the learner's code) and calls the main method the way the {@code java}
 * launcher of JDK 25 would (JEP 512): a static {@code main(String[])} first, then a
 * static {@code main()}, then the instance forms on a new instance.
 */
final class LearnerLauncher {

	private final Protocol.Job job;

	private final ClassLoader loader;

	LearnerLauncher(Protocol.Job job) {
		this.job = job;
		Map<String, byte[]> all = new HashMap<>(job.tests().classes());
		all.putAll(job.classes());
		this.loader = new BytesClassLoader(all, LearnerLauncher.class.getClassLoader());
	}

	/** The learner's classes only: not the tests that grade them. */
	Set<String> learnerClasses() {
		return this.job.classes().keySet();
	}

	/** The classes of the exercise's tests, by binary name; none for a plain run. */
	Set<String> testClasses() {
		return this.job.tests().classes().keySet();
	}

	/** Loads one of the job's classes (the learner's or a test). */
	Class<?> load(String name) throws ClassNotFoundException {
		return Class.forName(name, false, this.loader);
	}

	ClassLoader classLoader() {
		return this.loader;
	}

	void invokeMain() throws ReflectiveOperationException {
		Class<?> mainClass = Class.forName(this.job.mainClass(), false, this.loader);
		Method main = launchable(mainClass);
		main.setAccessible(true);
		Object[] arguments = (main.getParameterCount() == 1) ? new Object[] { new String[0] } : new Object[0];
		Object target = null;
		if (!Modifier.isStatic(main.getModifiers())) {
			Constructor<?> constructor = mainClass.getDeclaredConstructor();
			constructor.setAccessible(true);
			target = constructor.newInstance();
		}
		main.invoke(target, arguments);
	}

	private static Method launchable(Class<?> mainClass) throws NoSuchMethodException {
		for (boolean isStatic : new boolean[] { true, false }) {
			for (boolean withArgs : new boolean[] { true, false }) {
				for (Class<?> type = mainClass; type != null && type != Object.class; type = type.getSuperclass()) {
					Method found = declared(type, isStatic, withArgs);
					if (found != null) {
						return found;
					}
				}
			}
		}
		throw new NoSuchMethodException(("No main method in class %s. Add \"public static void main(String[] args)\""
				+ " (or, since Java 25, \"void main()\").")
			.formatted(mainClass.getName()));
	}

	private static Method declared(Class<?> type, boolean isStatic, boolean withArgs) {
		for (Method candidate : type.getDeclaredMethods()) {
			int modifiers = candidate.getModifiers();
			boolean parametersMatch = withArgs
					? candidate.getParameterCount() == 1 && candidate.getParameterTypes()[0] == String[].class
					: candidate.getParameterCount() == 0;
			if (candidate.getName().equals("main") && parametersMatch && !Modifier.isPrivate(modifiers)
					&& Modifier.isStatic(modifiers) == isStatic && candidate.getReturnType() == void.class) {
				return candidate;
			}
		}
		return null;
	}

	/** Defines the learner's classes from their bytes, on demand. */
	private static final class BytesClassLoader extends ClassLoader {

		private final Map<String, byte[]> classes;

		BytesClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
			super("learner", parent);
			this.classes = classes;
		}

		@Override
		protected Class<?> findClass(String name) throws ClassNotFoundException {
			byte[] bytes = this.classes.get(name);
			if (bytes == null) {
				throw new ClassNotFoundException(name);
			}
			return defineClass(name, bytes, 0, bytes.length);
		}

	}

}
