package dev.looplab.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.looplab.runner.CompilerProtocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Compiles learners' sources in separate, long-lived compiler JVMs rather than in the
 * server: javac parses untrusted text, and a source that makes it run away or exhaust
 * memory must cost a killable process, not the server. A compiler that times out or dies
 * is replaced in the background.
 */
@Component
class IsolatedCompiler implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(IsolatedCompiler.class);

	/** Two compilers let two runs compile at once on a 2-core machine. */
	private static final int COMPILERS = 2;

	/**
	 * javac's live set for a small class is a few MiB; a generous cap still stops a
	 * source that explodes it.
	 */
	private static final int HEAP_MEGABYTES = 256;

	private final BlockingQueue<CompilerJvm> idle = new LinkedBlockingQueue<>();

	private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

	private final SandboxProperties limits;

	private final Path workDirectory;

	private List<String> command;

	private volatile boolean running;

	IsolatedCompiler(SandboxProperties limits) throws IOException {
		this.limits = limits;
		this.workDirectory = Files.createTempDirectory("looplab-compiler");
	}

	@Override
	public void start() {
		Path runnerJar = RunnerJar.extractTo(this.workDirectory);
		this.command = List.of(this.limits.javaExecutable(), "-Xmx" + HEAP_MEGABYTES + "m", "-XX:+UseSerialGC",
				"-XX:+ExitOnOutOfMemoryError", "-XX:-UsePerfData", "-Xshare:auto", "-cp", runnerJar.toString(),
				"dev.looplab.runner.CompilerMain");
		this.running = true;
		for (int i = 0; i < COMPILERS; i++) {
			replaceOne();
		}
	}

	Compilation compile(String source) {
		CompilerJvm compiler = take();
		Future<CompilerProtocol.Result> answer = this.threads.submit(() -> compiler.compile(source));
		try {
			CompilerProtocol.Result result = answer.get(this.limits.compileTimeout().toMillis(), TimeUnit.MILLISECONDS);
			this.idle.add(compiler);
			return Compilations.from(result);
		}
		catch (TimeoutException ex) {
			discard(compiler);
			return Compilations
				.failed("The compiler gave up after %.1f s. Simplify deeply nested expressions or generic types."
					.formatted(this.limits.compileTimeout().toMillis() / 1000.0));
		}
		catch (ExecutionException ex) {
			discard(compiler);
			String why = compiler.stderr().contains("OutOfMemoryError")
					? "The compiler ran out of memory on this source. Simplify deeply nested expressions or generic types."
					: "The compiler failed on this source (" + ex.getCause().getMessage()
							+ "). Try again; if it keeps happening, simplify the code.";
			return Compilations.failed(why);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			discard(compiler);
			throw new IllegalStateException("Interrupted while compiling", ex);
		}
	}

	private CompilerJvm take() {
		try {
			CompilerJvm compiler = this.idle.poll(60, TimeUnit.SECONDS);
			if (compiler == null) {
				throw new IllegalStateException("No compiler JVM became ready within 60 s");
			}
			return compiler.isAlive() ? compiler : replaceAndTakeAgain(compiler);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a compiler", ex);
		}
	}

	private CompilerJvm replaceAndTakeAgain(CompilerJvm dead) {
		discard(dead);
		return take();
	}

	private void discard(CompilerJvm compiler) {
		compiler.kill();
		replaceOne();
	}

	private void replaceOne() {
		if (!this.running) {
			return;
		}
		this.threads.submit(() -> {
			try {
				CompilerJvm started = CompilerJvm.start(this.command, this.workDirectory);
				if (this.running) {
					this.idle.add(started);
				}
				else {
					// The server stopped while this one was warming up.
					started.kill();
				}
			}
			catch (IOException ex) {
				log.error("Could not start a compiler JVM: {}", ex.getMessage());
			}
		});
	}

	@Override
	public void stop() {
		this.running = false;
		this.threads.shutdownNow();
		for (CompilerJvm compiler = this.idle.poll(); compiler != null; compiler = this.idle.poll()) {
			compiler.kill();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
