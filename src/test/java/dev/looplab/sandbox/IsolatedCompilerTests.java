package dev.looplab.sandbox;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * javac runs in separate compiler JVMs: a compile that runs past its time limit is
 * abandoned with a message for the learner, its JVM is killed and replaced, and stopping
 * leaves no process behind.
 */
class IsolatedCompilerTests {

	@Test
	void aCompileOverTheTimeLimitEndsWithAMessageAndItsJvmIsReplaced() throws IOException {
		SandboxProperties limits = new SandboxProperties(Duration.ofSeconds(3), 64, 64 * 1024, Duration.ofMillis(1), 1,
				null);
		IsolatedCompiler compiler = new IsolatedCompiler(limits);
		compiler.start();
		try {
			Compilation result = compiler.compile("public class Main { public static void main(String[] a) { } }");
			assertThat(result).isInstanceOfSatisfying(Compilation.NotCompiled.class,
					(failed) -> assertThat(failed.diagnostics().getFirst().message())
						.contains("The compiler gave up after 0.0 s")
						.contains("Simplify"));
			// The killed compiler is replaced, so there are again as many compiler JVMs
			// as configured.
			await().atMost(Duration.ofSeconds(30)).until(() -> compilerProcesses() == 2);
		}
		finally {
			compiler.stop();
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> compilerProcesses() == 0);
	}

	private static long compilerProcesses() {
		return ProcessHandle.current()
			.children()
			.filter(ProcessHandle::isAlive)
			.filter((p) -> p.info().commandLine().orElse("").contains("dev.looplab.runner.CompilerMain"))
			.count();
	}

}
