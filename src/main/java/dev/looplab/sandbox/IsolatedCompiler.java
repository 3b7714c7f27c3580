package dev.looplab.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Compiles learners' sources in separate, long-lived compiler JVMs rather than in the
 * server: javac parses untrusted text, and a source that makes it run away or exhaust
 * memory must cost a killable process, not the server. Each compiler JVM runs under the
 * same isolation as the learners' programs (with limits of its own), since javac is a
 * large parser fed hostile input. A compiler that times out or dies is replaced in the
 * background, and one that has compiled many sources retires before its CPU-time limit
 * would end it in the middle of a compile.
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

	/** Compiles before a compiler JVM is replaced; far below its CPU-time limit. */
	static final int COMPILES_PER_JVM = 2000;

	private final BlockingQueue<CompilerJvm> idle = new LinkedBlockingQueue<>();

	/**
	 * Platform threads, since talking to a compiler blocks on its pipes. Made anew at
	 * each start: a stopped context (a test context paused by Spring's cache) can start
	 * again.
	 */
	private volatile ExecutorService threads = newThreads();

	private final SandboxProperties limits;

	private final Isolation isolation;

	/** Whether this compiler made its isolation itself (and so closes it). */
	private final boolean ownsIsolation;

	private List<String> command;

	private volatile boolean running;

	/** A compiler with an isolation of its own, for tests and tools. */
	IsolatedCompiler(SandboxProperties limits) throws IOException {
		this(limits, new Isolation(limits), true);
	}

	@Autowired
	IsolatedCompiler(SandboxProperties limits, Isolation isolation) {
		this(limits, isolation, false);
	}

	private IsolatedCompiler(SandboxProperties limits, Isolation isolation, boolean ownsIsolation) {
		this.limits = limits;
		this.isolation = isolation;
		this.ownsIsolation = ownsIsolation;
	}

	@Override
	public void start() {
		AotRunnerCache runner;
		try {
			// The jar in the shared folder is readable by the sandbox users.
			runner = AotRunnerCache.prepare(this.limits);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not put the compiler's jar in place", ex);
		}
		this.command = List.of(this.limits.javaExecutable(), "-Xmx" + HEAP_MEGABYTES + "m", "-XX:+UseSerialGC",
				"-XX:+ExitOnOutOfMemoryError", "-XX:-UsePerfData", "-Xshare:auto", "-XX:+DisplayVMOutputToStderr",
				"-cp", runner.jar().toString(), "dev.looplab.runner.CompilerMain",
				String.valueOf(this.limits.compilerWarmupCompiles()));
		if (this.threads.isShutdown()) {
			this.threads = newThreads();
		}
		this.running = true;
		for (int i = 0; i < COMPILERS; i++) {
			replaceOne();
		}
	}

	Compilation compile(String source) {
		return Compilations.from(compileFiles(List.of(CompilerProtocol.SourceFile.named(source))));
	}

	/**
	 * Compiles the first file, then the others against it (see CompilerProtocol). A
	 * compile that gives no answer (time out, crash) is told as one diagnostic at the top
	 * of the first file (file name empty).
	 */
	CompilerProtocol.Result compileFiles(List<CompilerProtocol.SourceFile> files) {
		CompilerJvm compiler = take();
		Future<CompilerProtocol.Result> answer = this.threads.submit(() -> compiler.compile(files));
		try {
			CompilerProtocol.Result result = answer.get(this.limits.compileTimeout().toMillis(), TimeUnit.MILLISECONDS);
			if (compiler.compiles() < COMPILES_PER_JVM) {
				this.idle.add(compiler);
			}
			else {
				discard(compiler);
			}
			return result;
		}
		catch (TimeoutException ex) {
			discard(compiler);
			return failed("The compiler gave up after %.1f s. Simplify deeply nested expressions or generic types."
				.formatted(this.limits.compileTimeout().toMillis() / 1000.0));
		}
		catch (ExecutionException ex) {
			discard(compiler);
			String why = compiler.stderr().contains("OutOfMemoryError")
					? "The compiler ran out of memory on this source. Simplify deeply nested expressions or generic types."
					: "The compiler failed on this source (" + ex.getCause().getMessage()
							+ "). Try again; if it keeps happening, simplify the code.";
			return failed(why);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			discard(compiler);
			throw new IllegalStateException("Interrupted while compiling", ex);
		}
	}

	private static CompilerProtocol.Result failed(String message) {
		return new CompilerProtocol.NotCompiled(List.of(new CompilerProtocol.Diagnostic("", 1, 1, "", message)));
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
				CompilerJvm started = CompilerJvm.start(this.isolation, this.command,
						IsolationLimits.forCompiler(this.limits, HEAP_MEGABYTES));
				if (this.running) {
					this.idle.add(started);
				}
				else {
					// The server stopped while this one was warming up.
					started.kill();
				}
			}
			catch (IOException ex) {
				if (this.running) {
					log.error("Could not start a compiler JVM: {}", ex.getMessage());
				}
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
		if (this.ownsIsolation) {
			this.isolation.close();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private static ExecutorService newThreads() {
		return Executors.newCachedThreadPool(Thread.ofPlatform().daemon().name("compiler-io-", 0).factory());
	}

}
