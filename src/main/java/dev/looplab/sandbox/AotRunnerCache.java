package dev.looplab.sandbox;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runner jar at a stable place, with a JDK 25 AOT cache trained for it (see
 * {@link AotCacheFolder} for where). The first server start with a new build, JDK or
 * settings trains the cache in the background while the pool already works without it;
 * later starts find it ready.
 */
final class AotRunnerCache {

	private static final Logger log = LoggerFactory.getLogger(AotRunnerCache.class);

	private static final AtomicInteger TRAININGS = new AtomicInteger();

	private final Path jar;

	private final Path cache;

	private volatile Process training;

	private AotRunnerCache(Path jar, Path cache) {
		this.jar = jar;
		this.cache = cache;
	}

	/** Extracts the runner jar into its folder under the configured cache directory. */
	static AotRunnerCache prepare(SandboxProperties properties) throws IOException {
		Path root = AotCacheFolder.root(properties.isolation().aotCacheDirectory());
		Path scratch = Files.createTempDirectory(root, "extract-");
		try {
			Path extracted = RunnerJar.extractTo(scratch);
			Path folder = AotCacheFolder.forJar(root, Files.readAllBytes(extracted), properties);
			Path jar = folder.resolve("looplab-runner.jar");
			if (!Files.exists(jar)) {
				AotCacheFolder.readableByAll(extracted);
				try {
					Files.move(extracted, jar);
				}
				catch (FileAlreadyExistsException ex) {
					// Another server put the same bytes there first; theirs is as good.
				}
			}
			AotRunnerCache prepared = new AotRunnerCache(jar, folder.resolve("runner.aot"));
			BundledAotCache.copyInto(folder, prepared.cache);
			return prepared;
		}
		finally {
			try (var leftovers = Files.list(scratch)) {
				for (Path file : leftovers.toList()) {
					Files.deleteIfExists(file);
				}
			}
			Files.deleteIfExists(scratch);
		}
	}

	Path jar() {
		return this.jar;
	}

	/** The trained cache, or null while there is none. */
	Path cache() {
		return Files.isRegularFile(this.cache) ? this.cache : null;
	}

	/**
	 * Trains the cache in the background with the sandbox JVM's own command line (the
	 * cache also depends on some flags, such as the garbage collector), then calls back.
	 */
	void trainInBackground(List<String> command, Runnable whenTrained) {
		Thread.ofPlatform().daemon().name("aot-training").start(() -> {
			long start = System.nanoTime();
			try {
				if (train(command)) {
					log.info("Trained the AOT cache for the sandbox runner in {} ms: {}",
							TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), this.cache);
					whenTrained.run();
				}
			}
			catch (IOException ex) {
				log.warn("Could not train the AOT cache for the sandbox runner ({}); sandbox JVMs start without it",
						ex.getMessage());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
	}

	/** A cache for the jar at the given place, as the build trains it. */
	static AotRunnerCache at(Path jar, Path cache) {
		return new AotRunnerCache(jar, cache);
	}

	boolean train(List<String> command) throws IOException, InterruptedException {
		Path trained = this.cache
			.resolveSibling("runner.aot." + ProcessHandle.current().pid() + "-" + TRAININGS.incrementAndGet());
		List<String> training = new ArrayList<>(command);
		// Writing a cache excludes using the JDK's default CDS archive at the same time.
		training.remove("-Xshare:auto");
		// Without method profiles: replaying them makes the JIT compete with the
		// learner's
		// first lines for the sandbox's one CPU (measured in
		// docs/adr/0006-os-isolation.md).
		training.addAll(1,
				List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:-AOTRecordTraining", "-XX:AOTCacheOutput=" + trained));
		ProcessBuilder builder = new ProcessBuilder(training).directory(this.cache.getParent().toFile())
			.redirectErrorStream(true);
		builder.environment().clear();
		Process process = builder.start();
		this.training = process;
		// The protocol frames and anything the JVM says, kept to explain a failure.
		StderrTail output = StderrTail.drain(process.getInputStream());
		try {
			try (DataOutputStream job = new DataOutputStream(process.getOutputStream())) {
				AotTrainingJob.job().writeTo(job);
			}
			if (!process.waitFor(2, TimeUnit.MINUTES)) {
				throw new IOException("training took over 2 minutes");
			}
			if (process.exitValue() != 0 || !Files.isRegularFile(trained) || Files.size(trained) == 0) {
				throw new IOException("the training JVM ended with " + process.exitValue() + ": "
						+ output.text().replaceAll("[\\p{Cntrl}&&[^\\n]]", " ").strip());
			}
			AotCacheFolder.readableByAll(trained);
			try {
				Files.move(trained, this.cache);
			}
			catch (FileAlreadyExistsException ex) {
				// Another server trained it at the same time.
			}
			return true;
		}
		finally {
			process.destroyForcibly();
			this.training = null;
			Files.deleteIfExists(trained);
			Files.deleteIfExists(Path.of(trained + ".config"));
		}
	}

	/** Stops a training run that is still going (the server is stopping). */
	void stop() {
		Process running = this.training;
		if (running != null) {
			running.destroyForcibly();
		}
	}

}
