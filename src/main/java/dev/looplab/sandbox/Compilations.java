package dev.looplab.sandbox;

import dev.looplab.runner.CompilerProtocol;

/**
 * Turns the compiler JVM's answers into the sandbox's {@link Compilation}.
 */
final class Compilations {

	private Compilations() {
	}

	static Compilation from(CompilerProtocol.Result result) {
		return switch (result) {
			case CompilerProtocol.Compiled compiled -> learnerClasses(compiled.first());
			case CompilerProtocol.NotCompiled notCompiled -> new Compilation.NotCompiled(notCompiled.diagnostics()
				.stream()
				.map((d) -> new SandboxEvent.Diagnostic(d.line(), d.column(), d.message(), 0))
				.toList());
		};
	}

	/** The classes of the learner's file, and the class to launch among them. */
	static Compilation.Compiled learnerClasses(CompilerProtocol.CompiledFile file) {
		return new Compilation.Compiled(MainClassFinder.find(file.classes(), file.primaryClass()), file.classes());
	}

}
