package dev.looplab.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;

/**
 * A file manager that reads the one source from memory and keeps the class files javac
 * writes in memory, so a compile never touches the disk.
 */
final class InMemoryFiles extends ForwardingJavaFileManager<JavaFileManager> {

	private final Map<String, ByteArrayOutputStream> outputs = new LinkedHashMap<>();

	InMemoryFiles(JavaFileManager standard) {
		super(standard);
	}

	static JavaFileObject source(String fileName, String text) {
		return new SimpleJavaFileObject(URI.create("string:///" + fileName), JavaFileObject.Kind.SOURCE) {
			@Override
			public CharSequence getCharContent(boolean ignoreEncodingErrors) {
				return text;
			}
		};
	}

	@Override
	public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
			FileObject sibling) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		this.outputs.put(className, bytes);
		return new SimpleJavaFileObject(URI.create("bytes:///" + className.replace('.', '/') + kind.extension), kind) {
			@Override
			public OutputStream openOutputStream() {
				return bytes;
			}
		};
	}

	Map<String, byte[]> classes() {
		Map<String, byte[]> classes = new LinkedHashMap<>();
		this.outputs.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
		return classes;
	}

}
