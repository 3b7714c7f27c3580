package dev.looplab.sandbox;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.reflect.AccessFlag;
import java.util.Map;

/**
 * Picks the class to launch by reading the compiled bytes: the file's own class when it
 * declares a main method, otherwise the first top-level class that does.
 */
final class MainClassFinder {

	private MainClassFinder() {
	}

	static String find(Map<String, byte[]> classes, String primary) {
		if (classes.containsKey(primary) && hasMain(classes.get(primary))) {
			return primary;
		}
		return classes.entrySet()
			.stream()
			.filter((entry) -> !entry.getKey().contains("$") && hasMain(entry.getValue()))
			.map(Map.Entry::getKey)
			.sorted()
			.findFirst()
			.orElse(primary);
	}

	private static boolean hasMain(byte[] bytes) {
		ClassModel model = ClassFile.of().parse(bytes);
		for (MethodModel method : model.methods()) {
			String descriptor = method.methodType().stringValue();
			if (method.methodName().equalsString("main") && !method.flags().has(AccessFlag.PRIVATE)
					&& (descriptor.equals("([Ljava/lang/String;)V") || descriptor.equals("()V"))) {
				return true;
			}
		}
		return false;
	}

}
