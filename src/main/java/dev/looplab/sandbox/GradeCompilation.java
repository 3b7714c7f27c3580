package dev.looplab.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.looplab.runner.CompilerProtocol;
import dev.looplab.runner.Protocol;

/**
 * What compiling a learner's file together with an exercise's tests gave: the learner's
 * errors (shown as for a run), errors in the tests only (the learner changed a name the
 * tests use; told without pointing into hidden test code), or the learner's classes and
 * the tests' classes, kept apart.
 */
sealed interface GradeCompilation {

	/** The learner's file has errors: its diagnostics, and nothing from the tests. */
	record LearnerNotCompiled(Compilation.NotCompiled learner) implements GradeCompilation {
	}

	/** Only the tests failed to compile: a message for the learner. */
	record TestsNotCompiled(String message) implements GradeCompilation {
	}

	/** Both compiled. */
	record Compiled(Compilation.Compiled learner, Protocol.Tests tests) implements GradeCompilation {
	}

	static GradeCompilation of(CompilerProtocol.Result result, List<SourceFile> tests) {
		Set<String> testFiles = tests.stream().map(SourceFile::fileName).collect(Collectors.toSet());
		return switch (result) {
			case CompilerProtocol.NotCompiled notCompiled -> notCompiled(notCompiled.diagnostics(), testFiles);
			case CompilerProtocol.Compiled compiled -> compiled(compiled.files());
		};
	}

	private static GradeCompilation notCompiled(List<CompilerProtocol.Diagnostic> diagnostics, Set<String> testFiles) {
		List<SandboxEvent.Diagnostic> learner = diagnostics.stream()
			.filter((d) -> !testFiles.contains(d.fileName()))
			.map((d) -> new SandboxEvent.Diagnostic(d.line(), d.column(), d.message(), 0))
			.toList();
		if (!learner.isEmpty()) {
			return new LearnerNotCompiled(new Compilation.NotCompiled(learner));
		}
		return new TestsNotCompiled(TestCompileErrors.explain(diagnostics));
	}

	private static GradeCompilation compiled(List<CompilerProtocol.CompiledFile> files) {
		Compilation.Compiled learner = Compilations.learnerClasses(files.getFirst());
		Map<String, byte[]> testClasses = new LinkedHashMap<>();
		List<String> testClassNames = new ArrayList<>();
		for (CompilerProtocol.CompiledFile file : files.subList(1, files.size())) {
			testClasses.putAll(file.classes());
			// The class named after the file holds the tests; a file without one has its
			// top-level classes run.
			if (file.classes().containsKey(file.primaryClass())) {
				testClassNames.add(file.primaryClass());
			}
			else {
				file.classes().keySet().stream().filter((name) -> !name.contains("$")).forEach(testClassNames::add);
			}
		}
		return new Compiled(learner, new Protocol.Tests(testClassNames, testClasses));
	}

}
