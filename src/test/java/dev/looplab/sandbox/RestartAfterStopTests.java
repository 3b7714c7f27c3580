package dev.looplab.sandbox;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Spring's test context cache stops the contexts it keeps and starts them again when a
 * later test class needs one: the sandbox's lifecycle beans must work after a restart.
 */
class RestartAfterStopTests {

	private static final SandboxProperties LIMITS = new SandboxProperties(Duration.ofSeconds(5), 64, 64 * 1024,
			Duration.ofSeconds(30), 1, null);

	@Test
	void aStoppedCompilerStartsAgainAndCompiles() throws IOException {
		try (Isolation isolation = new Isolation(LIMITS)) {
			IsolatedCompiler compiler = new IsolatedCompiler(LIMITS, isolation);
			compiler.start();
			compiler.stop();
			compiler.start();
			try {
				assertThat(compiler.compile("public class Main { public static void main(String[] a) { } }"))
					.isInstanceOf(Compilation.Compiled.class);
			}
			finally {
				compiler.stop();
			}
		}
	}

	@Test
	void aStoppedPoolStartsAgainAndKeepsJvmsWarm() throws IOException {
		try (Isolation isolation = new Isolation(LIMITS)) {
			ChildJvmPool pool = new ChildJvmPool(LIMITS, isolation);
			pool.start();
			pool.stop();
			pool.start();
			try {
				await().atMost(Duration.ofSeconds(60)).until(() -> pool.readyCount() == 1);
				ChildJvm child = pool.lease();
				assertThat(child.isAlive()).isTrue();
				child.kill();
			}
			finally {
				pool.stop();
			}
		}
	}

}
