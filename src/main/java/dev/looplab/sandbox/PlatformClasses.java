package dev.looplab.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The shapes of the classes learner code may build on: the JDK's, read through the
 * platform class loader, and the learner runtime's ({@code dev.looplab.aio}), read from
 * the runner's class files. Read from class files, never loaded, and kept: there are only
 * as many as the JDK has classes, and names that are not found are not remembered.
 */
final class PlatformClasses {

	private static final String LEARNER_RUNTIME = "dev/looplab/aio/";

	/** A class's internal name; nothing that could leave the class path's folders. */
	private static final Pattern INTERNAL_NAME = Pattern
		.compile("[\\p{javaJavaIdentifierPart}$]+(/[\\p{javaJavaIdentifierPart}$]+)*");

	private static final Map<String, ClassShape> SHAPES = new ConcurrentHashMap<>();

	private PlatformClasses() {
	}

	/** The shape of a JDK or learner-runtime class, or null when there is none. */
	static ClassShape find(String internalName) {
		ClassShape known = SHAPES.get(internalName);
		if (known != null || !INTERNAL_NAME.matcher(internalName).matches()) {
			return known;
		}
		ClassLoader loader = internalName.startsWith(LEARNER_RUNTIME) ? PlatformClasses.class.getClassLoader()
				: ClassLoader.getPlatformClassLoader();
		try (InputStream in = loader.getResourceAsStream(internalName + ".class")) {
			if (in == null) {
				return null;
			}
			ClassShape shape = ClassShape.of(ClassFile.of().parse(in.readAllBytes()));
			SHAPES.putIfAbsent(internalName, shape);
			return shape;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the class file of " + internalName, ex);
		}
	}

}
