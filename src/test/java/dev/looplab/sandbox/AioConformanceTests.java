package dev.looplab.sandbox;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every case under {@code aio-conformance/}: a Java twin of a CPython asyncio program
 * must print exactly what CPython 3.11 printed ({@code expected.out}), in virtual time.
 * It lives with the sandbox because it runs each twin through the sandbox's own compile,
 * check and instrument path (and {@code dev.looplab.aio} may not depend on the sandbox).
 */
class AioConformanceTests {

	static Stream<String> cases() throws IOException, URISyntaxException {
		Path root = root();
		try (Stream<Path> folders = Files.list(root)) {
			return folders.filter((folder) -> Files.exists(folder.resolve("Main.java")))
				.map((folder) -> folder.getFileName().toString())
				.sorted()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void twinPrintsWhatCPythonPrinted(String name) throws Exception {
		Path folder = root().resolve(name);
		String source = Files.readString(folder.resolve("Main.java"));
		String expected = Files.readString(folder.resolve("expected.out"));
		assertThat(LearnerProgram.run(source)).isEqualTo(expected);
	}

	private static Path root() throws URISyntaxException {
		return Path.of(AioConformanceTests.class.getResource("/aio-conformance").toURI());
	}

}
