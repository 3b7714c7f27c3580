package dev.looplab.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

	private final BlockingQueue<ChildJvm> ready = new LinkedBlockingQueue<>();

	private final AtomicInteger starting = new AtomicInteger();

	private final ExecutorService refills = Executors.newVirtualThreadPerTaskExecutor();

	private final SandboxProperties properties;

	private final Path workDirectory;

	private List<String> command;

	private volatile boolean running;

	ChildJvmPool(SandboxProperties properties) throws IOException {
		this.properties = properties;
		this.workDirectory = Files.createTempDirectory("looplab-sandbox");
	}

	@Override
	public void start() {
		Path runnerJar = RunnerJar.extractTo(this.workDirectory);
		this.command = ChildCommand.of(this.properties, runnerJar);
		this.running = true;
		topUp();
		log.info("Sandbox pool: {} JVMs kept warm ({} MiB heap each, wall limit {})", this.properties.poolSize(),
				this.properties.heapMegabytes(), this.properties.wallLimit());
	}

	/**
	 * A ready JVM; started on the spot when none is waiting. The caller calls
	 * {@link #topUp()} once its run is over.
	 */
	ChildJvm lease() throws IOException {
		ChildJvm child = this.ready.poll();
		while (child != null && !child.isAlive()) {
			child = this.ready.poll();
		}
		return (child != null) ? child : ChildJvm.start(this.command, this.workDirectory);
	}

	/** Starts JVMs in the background until the pool is full again. */
	void topUp() {
		while (this.running && this.ready.size() + this.starting.get() < this.properties.poolSize()) {
			this.starting.incrementAndGet();
			this.refills.submit(this::startOne);
		}
	}

	private void startOne() {
		try {
			ChildJvm child = ChildJvm.start(this.command, this.workDirectory);
			if (this.running) {
				this.ready.add(child);
			}
			else {
				child.kill();
			}
		}
		catch (IOException ex) {
			log.warn("Could not start a sandbox JVM: {}", ex.getMessage());
		}
		finally {
			this.starting.decrementAndGet();
		}
	}

	/** How many JVMs are started and waiting. */
	int readyCount() {
		return this.ready.size();
	}

	@Override
	public void stop() {
		this.running = false;
		this.refills.shutdownNow();
		for (ChildJvm child = this.ready.poll(); child != null; child = this.ready.poll()) {
			child.kill();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
