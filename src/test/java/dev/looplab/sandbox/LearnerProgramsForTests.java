package dev.looplab.sandbox;

import java.util.Map;

/**
 * Gives tests of other packages the sandbox's own path from source to runnable classes:
 * compile in memory, check against the bytecode policy, instrument (budget ticks, clock
 * and sleep hooks). The aio conformance tests use it so that each twin runs exactly as a
 * learner's program would.
 */
public final class LearnerProgramsForTests {

	private LearnerProgramsForTests() {
	}

	/**
	 * The instrumented classes of a one-file program, by binary name.
	 * @param source the program
	 * @throws AssertionError when it does not compile or the policy rejects it
	 */
	public static Map<String, byte[]> prepare(String source) {
		Map<String, byte[]> classes = BytecodeTestCompiler.compile(source);
		BytecodeGate.Outcome outcome = BytecodeGate.prepare(new Compilation.Compiled("Main", classes), source);
		if (outcome instanceof BytecodeGate.Rejected rejected) {
			throw new AssertionError("The sandbox rejects the program: " + rejected.message());
		}
		return ((BytecodeGate.Ready) outcome).compiled().classes();
	}

}
