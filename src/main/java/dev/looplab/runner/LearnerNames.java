package dev.looplab.runner;

import java.lang.classfile.ClassFile;
import java.lang.classfile.constantpool.ClassEntry;
import java.lang.classfile.constantpool.PoolEntry;
import java.lang.classfile.constantpool.Utf8Entry;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Learner classes that would change what the tests do. The tests share the learner's
 * (unnamed) package, because they call its package-private members; a class of that
 * package hides every class of the same simple name that the tests get from
 * {@code java.lang} or from an on-demand import ({@code import org.junit.jupiter.api.*}),
 * and a class with a test class's own name would replace it when the classes are loaded.
 * Either is refused with the name to change, before anything runs.
 */
final class LearnerNames {

	/** The code of the one diagnostic that reports such a name. */
	static final String DIAGNOSTIC_CODE = "looplab.learner.class.name";

	private static final Pattern ON_DEMAND_IMPORT = Pattern
		.compile("(?m)^\\s*import\\s+(static\\s+)?([\\p{L}_$][\\p{L}\\p{N}_$.]*?)\\s*\\.\\s*\\*\\s*;");

	private LearnerNames() {
	}

	/**
	 * Why a learner class must be renamed, or empty when none must.
	 * @param testClasses the tests' classes, or null when they did not compile (then a
	 * shadowing name that the tests' source mentions is the likely cause)
	 */
	static Optional<String> problem(Map<String, byte[]> learnerClasses, List<CompilerProtocol.SourceFile> tests,
			Map<String, byte[]> testClasses) {
		if (testClasses == null) {
			return shadowing(learnerClasses, tests,
					(name) -> tests.stream()
						.anyMatch((test) -> Pattern
							.compile("(?<![\\p{L}\\p{N}_$.])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}_$])")
							.matcher(test.text())
							.find()));
		}
		for (String name : learnerClasses.keySet()) {
			if (testClasses.containsKey(name)) {
				return Optional.of(("Your code declares a class named %s, and the exercise's tests have a class of that"
						+ " name. Rename your class.")
					.formatted(name.replace('$', '.')));
			}
		}
		return shadowing(learnerClasses, tests, (name) -> referenced(name, testClasses));
	}

	private static Optional<String> shadowing(Map<String, byte[]> learnerClasses,
			List<CompilerProtocol.SourceFile> tests, Predicate<String> usedByTests) {
		List<String> onDemand = onDemandImports(tests);
		for (String name : learnerClasses.keySet()) {
			if (name.contains(".") || name.contains("$")) {
				continue;
			}
			Optional<String> hidden = hiddenType(name, onDemand);
			if (hidden.isPresent() && usedByTests.test(name)) {
				return Optional.of(("Your code declares a class named %1$s, the name of %2$s, which the tests use:"
						+ " inside them, %1$s would mean your class instead. Rename your class (for example to My%1$s).")
					.formatted(name, hidden.get()));
			}
		}
		return Optional.empty();
	}

	/**
	 * The public type a test would get by this simple name if the learner had no class of
	 * it.
	 */
	private static Optional<String> hiddenType(String simpleName, List<String> onDemand) {
		for (String scope : onDemand) {
			// A package's class, or a member class of the class an import names.
			for (String candidate : List.of(scope + "." + simpleName, scope + "$" + simpleName)) {
				if (isPublicClass(candidate)) {
					return Optional.of(candidate.replace('$', '.'));
				}
			}
		}
		return Optional.empty();
	}

	private static List<String> onDemandImports(List<CompilerProtocol.SourceFile> tests) {
		List<String> scopes = new ArrayList<>();
		scopes.add("java.lang");
		for (CompilerProtocol.SourceFile test : tests) {
			Matcher imported = ON_DEMAND_IMPORT.matcher(test.text());
			while (imported.find()) {
				scopes.add(imported.group(2));
			}
		}
		return scopes;
	}

	private static boolean isPublicClass(String binaryName) {
		try {
			return Modifier
				.isPublic(Class.forName(binaryName, false, LearnerNames.class.getClassLoader()).getModifiers());
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

	/**
	 * Whether any test class names the class (or a class nested in it): as a class it
	 * uses, or in a descriptor or generic signature.
	 */
	private static boolean referenced(String internalName, Map<String, byte[]> testClasses) {
		Pattern asClass = Pattern.compile(
				"^\\[*(?:" + Pattern.quote(internalName) + "(?:\\$.*)?|L" + Pattern.quote(internalName) + "[;$].*)$");
		Pattern inDescriptor = Pattern.compile("(?:^|[(\\[);<>+\\-*:^])L" + Pattern.quote(internalName) + "[;<.$]");
		ClassFile parser = ClassFile.of();
		for (byte[] bytes : testClasses.values()) {
			for (PoolEntry entry : parser.parse(bytes).constantPool()) {
				boolean names = switch (entry) {
					case ClassEntry type -> asClass.matcher(type.asInternalName()).matches();
					case Utf8Entry text -> inDescriptor.matcher(text.stringValue()).find();
					default -> false;
				};
				if (names) {
					return true;
				}
			}
		}
		return false;
	}

}
