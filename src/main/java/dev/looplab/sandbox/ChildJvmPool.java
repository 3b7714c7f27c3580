package dev.looplab.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps a few sandbox JVMs started and warmed ahead of need. Each is used for one run
 * only, so nothing a program leaves behind (static state, threads) can reach the next
 * one; a leased slot is refilled in the background.
 */
@Component
class ChildJvmPool implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ChildJvmPool.class);

	/**
	 * Platform threads, since starting a JVM blocks on its pipe until it is ready. These
	 * and the warm JVMs are made anew when a stopped pool starts again (Spring's test
	 * context cache stops and restarts contexts).
	 */
	private volatile ExecutorService refills;

	private volatile WarmPool<ChildJvm> warm;

	private final SandboxProperties properties;

	private final Isolation isolation;

	/** Whether this pool made its isolation itself (and so closes it). */
	private final boolean ownsIsolation;

	private AotRunnerCache runner;

	private volatile List<String> command;

	private volatile boolean running;

	/** A pool with an isolation of its own, for tests and tools. */
	ChildJvmPool(SandboxProperties properties) throws IOException {
		this(properties, new Isolation(properties), true);
	}

	@Autowired
	ChildJvmPool(SandboxProperties properties, Isolation isolation) {
		this(properties, isolation, false);
	}

	private ChildJvmPool(SandboxProperties properties, Isolation isolation, boolean ownsIsolation) {
		this.properties = properties;
		this.isolation = isolation;
		this.ownsIsolation = ownsIsolation;
		renew();
	}

	private void renew() {
		this.refills = Executors.newCachedThreadPool(Thread.ofPlatform().daemon().name("sandbox-refill-", 0).factory());
		this.warm = new WarmPool<>(this.properties.poolSize(), () -> ChildJvm.start(this.isolation, this.command),
				ChildJvm::isAlive, ChildJvm::kill, this.refills);
	}

	@Override
	public void start() {
		if (this.refills.isShutdown()) {
			renew();
		}
		try {
			this.runner = AotRunnerCache.prepare(this.properties);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not put the sandbox runner jar in place", ex);
		}
		boolean useAot = this.properties.isolation().aotCache();
		Path cache = useAot ? this.runner.cache() : null;
		this.command = ChildCommand.of(this.properties, this.runner.jar(), cache);
		this.running = true;
		topUp();
		if (useAot && cache == null) {
			// JVMs started from now on use the cache once it is there.
			this.runner.trainInBackground(ChildCommand.of(this.properties, this.runner.jar()),
					() -> this.command = ChildCommand.of(this.properties, this.runner.jar(), this.runner.cache()));
		}
		log.info("Sandbox pool: {} JVMs kept warm ({} MiB heap each, wall limit {}, AOT cache {})",
				this.properties.poolSize(), this.properties.heapMegabytes(), this.properties.wallLimit(),
				!useAot ? "off" : (cache != null) ? "in use" : "being trained");
	}

	/**
	 * A ready JVM; started on the spot when none is waiting. The caller calls
	 * {@link #topUp()} once its run is over.
	 */
	ChildJvm lease() throws IOException {
		ChildJvm child = this.warm.poll();
		return (child != null) ? child : ChildJvm.start(this.isolation, this.command);
	}

	/**
	 * A JVM started now for this caller alone, leaving the warm ones to others: for a
	 * client that has kept sandboxes busy lately, so that its runs do not empty the pool
	 * that everyone else's first runs need.
	 */
	ChildJvm startOwn() throws IOException {
		return ChildJvm.start(this.isolation, this.command);
	}

	/**
	 * Starts JVMs in the background until the pool is full again; callers at the same
	 * moment never overshoot it.
	 */
	void topUp() {
		if (this.running) {
			this.warm.topUp();
		}
	}

	/** How many JVMs are started and waiting. */
	int readyCount() {
		return this.warm.readyCount();
	}

	@Override
	public void stop() {
		this.running = false;
		this.warm.close();
		this.refills.shutdownNow();
		if (this.runner != null) {
			this.runner.stop();
		}
		if (this.ownsIsolation) {
			this.isolation.close();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
