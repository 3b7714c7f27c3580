package dev.looplab.sandbox;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sandbox JVMs kept after a signed-in learner's run, each for that learner's next run
 * only (ADR 20): starting a JVM costs about a third of a second of CPU, running a small
 * program in a kept one a few milliseconds. One per learner at most; one that waits
 * longer than {@code keep-idle}, or is pushed out by {@code max-kept}, ends. A JVM is
 * kept only once it has said it is ready again, that is, after it put itself back as it
 * was before its first run.
 */
@Component
class KeptJvms implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(KeptJvms.class);

	/** How long a JVM may take to put itself back after a run before it is let go. */
	private static final long READY_AGAIN_MILLIS = 3_000;

	private final ReuseProperties settings;

	/** How much CPU time one JVM may use in all (its RLIMIT_CPU), in milliseconds. */
	private final long cpuLimitMillis;

	/**
	 * The most CPU time one run may use, in milliseconds: the wall limit, on one core.
	 */
	private final long runCpuMillis;

	private final Cache<String, ChildJvm> kept;

	private final ScheduledExecutorService timeouts = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("sandbox-kept-timeouts").daemon().factory());

	private final AtomicLong reused = new AtomicLong();

	private volatile boolean running = true;

	@Autowired
	KeptJvms(ReuseProperties settings, SandboxProperties limits) {
		this(settings, IsolationLimits.forRunner(limits).cpuSeconds() * 1000,
				limits.wallLimit().toMillis() * Math.max(1, Math.round(limits.isolation().cpus())));
	}

	private KeptJvms(ReuseProperties settings, long cpuLimitMillis, long runCpuMillis) {
		this.settings = settings;
		this.cpuLimitMillis = cpuLimitMillis;
		this.runCpuMillis = runCpuMillis;
		this.kept = Caffeine.newBuilder()
			.maximumSize(settings.maxKept())
			.expireAfterAccess(settings.keepIdle())
			.scheduler(Scheduler.systemScheduler())
			.removalListener((String client, ChildJvm jvm, RemovalCause cause) -> {
				if (jvm != null && cause != RemovalCause.EXPLICIT) {
					jvm.kill();
				}
			})
			.build();
	}

	/** None are kept: every run gets a fresh JVM; for tests and tools. */
	static KeptJvms none() {
		return new KeptJvms(ReuseProperties.OFF, 0, 0);
	}

	/** Whether this client's runs may use a kept JVM: signed-in learners only. */
	boolean serves(String client) {
		return this.settings.enabled() && this.running && client.startsWith("user:");
	}

	/** The JVM kept for this client, now taken out; null when there is none. */
	ChildJvm take(String client) {
		ChildJvm jvm = this.kept.asMap().remove(client);
		if (jvm == null || !jvm.isAlive()) {
			return null;
		}
		this.reused.incrementAndGet();
		return jvm;
	}

	/** Whether a JVM waits for this client's next run. */
	boolean isKeptFor(String client) {
		return this.kept.asMap().containsKey(client);
	}

	/** How many runs have had a kept JVM so far. */
	long reusedRuns() {
		return this.reused.get();
	}

	/**
	 * Keeps a JVM whose run just ended for the client's next, once it says it is ready
	 * again, unless it has taken its share of runs or of CPU time; otherwise lets it go.
	 */
	void keep(String client, ChildJvm jvm) {
		if (!serves(client) || jvm.jobsTaken() >= this.settings.runsPerJvm()) {
			release(jvm);
			return;
		}
		// A platform thread, as for the sandbox's stderr: a read blocked on a pipe would
		// hold a virtual thread's carrier, and with every carrier held the wait would not
		// even begin before its timeout.
		Thread.ofPlatform().daemon().name("sandbox-keep").start(() -> awaitReadyAgain(client, jvm));
	}

	private void awaitReadyAgain(String client, ChildJvm jvm) {
		ScheduledFuture<?> timeout = this.timeouts.schedule(jvm::kill, READY_AGAIN_MILLIS, TimeUnit.MILLISECONDS);
		try {
			jvm.awaitReady();
		}
		catch (IOException ex) {
			// It found something of the run it could not put back, and ended.
			log.debug("A sandbox JVM was not kept after its run: {}", ex.getMessage());
			return;
		}
		finally {
			timeout.cancel(false);
		}
		long cpu = jvm.cpuMillis();
		if (cpu < 0 || cpu + 2 * this.runCpuMillis >= this.cpuLimitMillis || !this.running) {
			release(jvm);
			return;
		}
		this.kept.put(client, jvm);
	}

	private static void release(ChildJvm jvm) {
		jvm.endJobs();
		jvm.kill();
	}

	/** How many JVMs wait for their learner's next run. */
	long size() {
		this.kept.cleanUp();
		return this.kept.estimatedSize();
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		// Taken out one by one, which the removal listener counts as explicit: end each.
		this.kept.asMap().keySet().forEach((client) -> {
			ChildJvm jvm = take(client);
			if (jvm != null) {
				release(jvm);
			}
		});
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
