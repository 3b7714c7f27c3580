package dev.looplab.sandbox;

import java.util.List;

import dev.looplab.runner.CompilerProtocol;

/**
 * Turns the compiler JVM's answers into the sandbox's {@link Compilation}.
 */
final class Compilations {

	private Compilations() {
	}

	static Compilation from(CompilerProtocol.Result result) {
		return switch (result) {
			case CompilerProtocol.Compiled compiled -> new Compilation.Compiled(
					MainClassFinder.find(compiled.classes(), compiled.primaryClass()), compiled.classes());
			case CompilerProtocol.NotCompiled notCompiled -> new Compilation.NotCompiled(notCompiled.diagnostics()
				.stream()
				.map((d) -> new SandboxEvent.Diagnostic(d.line(), d.column(), d.message(), 0))
				.toList());
		};
	}

	/**
	 * A compile that produced no answer, told as one diagnostic at the top of the source.
	 */
	static Compilation failed(String message) {
		return new Compilation.NotCompiled(List.of(new SandboxEvent.Diagnostic(1, 1, message, 0)));
	}

}
