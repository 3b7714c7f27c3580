package dev.looplab.runner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardLocation;

/**
 * The class path of an exercise's tests: the platform and the runner jar, plus the
 * learner's compiled classes in the unnamed package, read from memory. The tests see the
 * learner's classes as class files, so the learner's source never sees the tests.
 */
final class LearnerClassPath extends ForwardingJavaFileManager<JavaFileManager> {

	private final List<JavaFileObject> learnerClasses = new ArrayList<>();

	LearnerClassPath(JavaFileManager standard, Map<String, byte[]> classes) {
		super(standard);
		classes.forEach((name, bytes) -> this.learnerClasses.add(new LearnerClass(name, bytes)));
	}

	@Override
	public Iterable<JavaFileObject> list(Location location, String packageName, Set<JavaFileObject.Kind> kinds,
			boolean recurse) throws IOException {
		Iterable<JavaFileObject> listed = super.list(location, packageName, kinds, recurse);
		if (location != StandardLocation.CLASS_PATH || !kinds.contains(JavaFileObject.Kind.CLASS)) {
			return listed;
		}
		List<JavaFileObject> all = new ArrayList<>();
		listed.forEach(all::add);
		for (JavaFileObject learnerClass : this.learnerClasses) {
			if (packageOf(((LearnerClass) learnerClass).binaryName).equals(packageName)) {
				all.add(learnerClass);
			}
		}
		return all;
	}

	@Override
	public String inferBinaryName(Location location, JavaFileObject file) {
		return (file instanceof LearnerClass learnerClass) ? learnerClass.binaryName
				: super.inferBinaryName(location, file);
	}

	@Override
	public boolean isSameFile(javax.tools.FileObject a, javax.tools.FileObject b) {
		return (a instanceof LearnerClass || b instanceof LearnerClass) ? a == b : super.isSameFile(a, b);
	}

	private static String packageOf(String binaryName) {
		int dot = binaryName.lastIndexOf('.');
		return (dot < 0) ? "" : binaryName.substring(0, dot);
	}

	/** One class file of the learner's, kept in memory. */
	private static final class LearnerClass extends SimpleJavaFileObject {

		private final String binaryName;

		private final byte[] bytes;

		LearnerClass(String binaryName, byte[] bytes) {
			super(URI.create("learner:///" + binaryName.replace('.', '/') + Kind.CLASS.extension), Kind.CLASS);
			this.binaryName = binaryName;
			this.bytes = bytes;
		}

		@Override
		public InputStream openInputStream() {
			return new ByteArrayInputStream(this.bytes);
		}

	}

}
