package dev.looplab.runner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The second half of compiling a graded submission: the learner's file has compiled on
 * its own, exactly as for a run, so nothing in it can see, call or probe the tests (a
 * compile error never describes hidden code, and no constant of the tests is inlined into
 * learner code). The tests are then compiled against the learner's class files, and the
 * learner's class names are checked so that none can stand in for a class the tests mean
 * (see {@link LearnerNames}).
 */
final class GradedCompile {

	private GradedCompile() {
	}

	/**
	 * @return the learner's classes and then each test file's, or the tests' errors (in
	 * the test files), or one error naming the learner class to rename
	 */
	static CompilerProtocol.Result testsAgainst(CompilerProtocol.CompiledFile learner,
			List<CompilerProtocol.SourceFile> tests, TestCompiler compiler) {
		CompilerProtocol.Result result = compiler.compile(learner, tests);
		if (result instanceof CompilerProtocol.NotCompiled notCompiled) {
			// A learner class String breaks every test that declares a String: the name
			// is
			// the thing to change, not what the compiler says about the tests.
			return LearnerNames
				.problem(learner.classes(), tests, null).<CompilerProtocol
						.Result>map((problem) -> refused(notCompiled.diagnostics().getFirst().fileName(), problem))
				.orElse(result);
		}
		CompilerProtocol.Compiled compiled = (CompilerProtocol.Compiled) result;
		Map<String, byte[]> testClasses = new LinkedHashMap<>();
		compiled.files().forEach((file) -> testClasses.putAll(file.classes()));
		Optional<String> problem = LearnerNames.problem(learner.classes(), tests, testClasses);
		if (problem.isPresent()) {
			return refused(compiled.files().getFirst().fileName(), problem.get());
		}
		List<CompilerProtocol.CompiledFile> files = new ArrayList<>();
		files.add(learner);
		files.addAll(compiled.files());
		return new CompilerProtocol.Compiled(files);
	}

	/** One error, placed in a test file so that the server reports it as the tests'. */
	private static CompilerProtocol.NotCompiled refused(String testFile, String problem) {
		return new CompilerProtocol.NotCompiled(
				List.of(new CompilerProtocol.Diagnostic(testFile, 1, 1, LearnerNames.DIAGNOSTIC_CODE, problem)));
	}

	/** Compiles test files with the learner's classes on their class path. */
	@FunctionalInterface
	interface TestCompiler {

		CompilerProtocol.Result compile(CompilerProtocol.CompiledFile learner, List<CompilerProtocol.SourceFile> tests);

	}

}
