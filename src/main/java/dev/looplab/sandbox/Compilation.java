package dev.looplab.sandbox;

import java.util.List;
import java.util.Map;

/**
 * What the compiler made of a learner's source: either class files and the class to
 * launch, or the diagnostics that explain why not.
 */
sealed interface Compilation {

	record Compiled(String mainClass, Map<String, byte[]> classes) implements Compilation {
	}

	record NotCompiled(List<SandboxEvent.Diagnostic> diagnostics) implements Compilation {
	}

}
