package dev.looplab.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Run by the Maven build right after it packs the runner jar: trains the JDK AOT cache
 * for sandbox JVMs with the default settings and writes it beside the jar, with the name
 * of the cache folder it fits (see {@link BundledAotCache}). A cache is tied to the jar's
 * file name but not to its folder, so the copy the server extracts can use it.
 * <p>
 * Usage: {@code AotCacheBuild <folder holding looplab-runner.jar>}.
 */
public final class AotCacheBuild {

	private AotCacheBuild() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		Path folder = Path.of(args[0]).toAbsolutePath();
		Path jar = folder.resolve("looplab-runner.jar");
		// The values of application.properties: the heap size is part of the command
		// line.
		SandboxProperties defaults = new SandboxProperties(Duration.ofSeconds(15), 64, 65536, Duration.ofSeconds(10), 2,
				null);
		AotRunnerCache cache = AotRunnerCache.at(jar, folder.resolve("runner.aot"));
		Files.deleteIfExists(folder.resolve("runner.aot"));
		if (!cache.train(ChildCommand.of(defaults, jar))) {
			throw new IllegalStateException("The AOT cache for the runner was not written");
		}
		Files.writeString(folder.resolve("runner.aot.key"), AotCacheFolder.name(Files.readAllBytes(jar), defaults),
				StandardCharsets.UTF_8);
		System.out.println("Trained the AOT cache for sandbox JVMs: " + folder.resolve("runner.aot"));
	}

}
