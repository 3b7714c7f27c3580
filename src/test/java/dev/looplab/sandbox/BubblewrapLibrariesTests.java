package dev.looplab.sandbox;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library folders bound into the sandbox come from ldd's answers, outside the JDK,
 * with none inside another.
 */
class BubblewrapLibrariesTests {

	@Test
	void theFoldersOfLddsLibrariesAreBoundOnceAndTheJdksOwnAreLeftToIt() {
		String ldd = """
				/jdk/bin/java:
					linux-vdso.so.1 (0x00007ffd)
					libjli.so => /jdk/lib/libjli.so (0x00007f26)
					libc.so.6 => /nonexistent/lib/x86_64-linux-gnu/libc.so.6 (0x00007f26)
				/jdk/lib/server/libjvm.so:
					libm.so.6 => /nonexistent/lib/x86_64-linux-gnu/libm.so.6 (0x00007f7e)
					libstdc++.so.6 => /nonexistent/lib/x86_64-linux-gnu/extra/libstdc++.so.6 (0x00007f7e)
					libjava.so => not found
					/nonexistent/lib64/ld-linux-x86-64.so.2 (0x00007f7e)
				""";

		assertThat(BubblewrapLibraries.folders(ldd, Path.of("/jdk")))
			.containsExactly(Path.of("/nonexistent/lib/x86_64-linux-gnu"), Path.of("/nonexistent/lib64"));
	}

	@Test
	void onThisHostTheJvmsLibrariesAndTheLoadersCacheAreFound() {
		Path javaHome = Path.of(System.getProperty("java.home"));

		assertThat(BubblewrapLibraries.discover(javaHome, java.util.List.of())).isNotEmpty()
			.noneMatch((path) -> path.startsWith(javaHome))
			.anyMatch((path) -> path.toString().contains("lib"));
	}

}
