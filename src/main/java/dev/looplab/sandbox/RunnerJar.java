package dev.looplab.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ClassPathResource;

/**
 * The small jar with the runner and the learner runtime, which the build nests in the
 * application under {@code sandbox/}. Sandbox JVMs need it as a real file, so it is
 * copied out once per server start.
 */
final class RunnerJar {

	private static final String LOCATION = "sandbox/looplab-runner.jar";

	private RunnerJar() {
	}

	static Path extractTo(Path directory) {
		try {
			Resource jar = new ClassPathResource(LOCATION);
			if (!jar.exists()) {
				throw new IllegalStateException(
						LOCATION + " is missing from the class path; build with ./mvnw package");
			}
			Files.createDirectories(directory);
			Path target = directory.resolve("looplab-runner.jar");
			try (InputStream in = jar.getInputStream()) {
				Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not extract the sandbox runner jar", ex);
		}
	}

}
