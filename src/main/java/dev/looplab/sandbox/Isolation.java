package dev.looplab.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Starts JVMs isolated from the host as far as it allows (bubblewrap, cgroups, a user per
 * slot, rlimits), each in a slot of its own that is cleaned up when the JVM is gone. The
 * isolation in force is found and logged once, at start-up; below
 * {@code looplab.sandbox.minimum-isolation} the server refuses to start.
 */
@Component
class Isolation implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Isolation.class);

	private final IsolationSupport support;

	private final IsolationProperties settings;

	private final IsolationLimits runnerLimits;

	private final BitSet slotsInUse = new BitSet();

	/**
	 * Starts every process from one long-lived thread: bubblewrap's
	 * {@code --die-with-parent} fires when the thread that started it ends, and pooled
	 * threads come and go.
	 */
	private final ExecutorService starter = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("sandbox-starter").daemon().factory());

	private final ExecutorService cleaners = Executors.newVirtualThreadPerTaskExecutor();

	private final Path workDirectory;

	Isolation(SandboxProperties properties) throws IOException {
		this.settings = properties.isolation();
		this.runnerLimits = IsolationLimits.forRunner(properties);
		this.support = IsolationProbe.detect(properties);
		this.workDirectory = Files.createTempDirectory("looplab-isolation");
		IsolationLevel minimum = IsolationLevel.parse(properties.minimumIsolation());
		if (!this.support.level().atLeast(minimum)) {
			close();
			throw new IllegalStateException(("Sandbox isolation is '%s' but looplab.sandbox.minimum-isolation is '%s':"
					+ " refusing to run learner code. Missing: %s. See the README, section 'The sandbox'.")
				.formatted(this.support.describe(), minimum.label(), this.support.describeMissing()));
		}
		if (this.support.missing().isEmpty()) {
			log.info("Sandbox isolation: {}", this.support.describe());
		}
		else {
			log.warn("Sandbox isolation: {}. Learner code is less contained than it could be. Missing: {}",
					this.support.describe(), this.support.describeMissing());
		}
	}

	IsolationSupport support() {
		return this.support;
	}

	/** The limits of a JVM that runs one learner program. */
	IsolationLimits runnerLimits() {
		return this.runnerLimits;
	}

	/**
	 * Starts the JVM command isolated in a new slot with the given limits; the slot is
	 * released once the process has ended. The jars and archives on the command line must
	 * be readable by any user, since the sandbox runs as its own.
	 */
	IsolatedProcess launch(List<String> javaCommand, IsolationLimits limits) throws IOException {
		IsolationSlot slot = openSlot(limits);
		try {
			if (slot.uid() >= 0) {
				for (Path file : IsolationCommand.filesOf(javaCommand)) {
					requireReadableByAll(file);
				}
			}
			ProcessBuilder builder = new ProcessBuilder(wrap(javaCommand, slot));
			builder.directory(isolated() ? Path.of("/").toFile() : this.workDirectory.toFile());
			// The program sees no variable of the server's environment.
			builder.environment().clear();
			Process process = this.starter.submit(builder::start).get();
			process.onExit().thenRunAsync(() -> closeSlot(slot), this.cleaners);
			return new IsolatedProcess(process, slot);
		}
		catch (ExecutionException ex) {
			closeSlot(slot);
			throw (ex.getCause() instanceof IOException io) ? io : new IOException(ex.getCause());
		}
		catch (InterruptedException ex) {
			closeSlot(slot);
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while starting a sandbox JVM", ex);
		}
		catch (RuntimeException ex) {
			closeSlot(slot);
			throw ex;
		}
	}

	/** The full command line that runs the JVM command in the slot. */
	List<String> wrap(List<String> javaCommand, IsolationSlot slot) {
		return IsolationCommand.wrap(this.support, javaCommand, slot);
	}

	private boolean isolated() {
		return this.support.bubblewrap() != null || this.support.setpriv() != null;
	}

	private IsolationSlot openSlot(IsolationLimits limits) throws IOException {
		int index;
		synchronized (this.slotsInUse) {
			index = this.slotsInUse.nextClearBit(0);
			if (index >= this.settings.maxSlots()) {
				throw new IOException("all %d sandbox slots are in use".formatted(this.settings.maxSlots()));
			}
			this.slotsInUse.set(index);
		}
		try {
			CgroupSlot cgroup = (this.support.cgroups() != null)
					? this.support.cgroups().create("slot-" + index, limits) : null;
			int uid = (this.support.setpriv() != null) ? this.settings.firstUid() + index : -1;
			return new IsolationSlot(index, uid, cgroup, limits);
		}
		catch (IOException ex) {
			release(index);
			throw ex;
		}
	}

	private void closeSlot(IsolationSlot slot) {
		if (slot.cgroup() != null && !slot.cgroup().remove()) {
			// A cgroup that cannot go would hand its counters to the next JVM in it.
			log.warn("Sandbox slot {} keeps its cgroup (a process in it would not end); the slot stays out of use",
					slot.index());
			return;
		}
		release(slot.index());
	}

	private void release(int index) {
		synchronized (this.slotsInUse) {
			this.slotsInUse.clear(index);
		}
	}

	/** How many slots are taken by live (or not yet cleaned up) JVMs. */
	int slotsInUse() {
		synchronized (this.slotsInUse) {
			return this.slotsInUse.cardinality();
		}
	}

	/** Waits briefly for the slots to be cleaned up, then removes the cgroup tree. */
	@Override
	public void close() {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (slotsInUse() > 0 && System.nanoTime() < deadline) {
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		if (this.support.cgroups() != null) {
			this.support.cgroups().close();
		}
		this.starter.shutdown();
		this.cleaners.shutdown();
		try {
			Files.deleteIfExists(this.workDirectory);
		}
		catch (IOException ex) {
			// Something a program left there; the system's temporary folder cleanup takes
			// it.
		}
	}

	private static void requireReadableByAll(Path file) throws IOException {
		Path absolute = file.toAbsolutePath();
		for (Path path = absolute; path != null; path = path.getParent()) {
			PosixFilePermission needed = path.equals(absolute) ? PosixFilePermission.OTHERS_READ
					: PosixFilePermission.OTHERS_EXECUTE;
			if (!Files.getPosixFilePermissions(path).contains(needed)) {
				throw new IOException(
						"The sandbox user cannot read %s: %s lacks the permission %s".formatted(file, path, needed));
			}
		}
	}

	/** A started JVM and the slot it lives in. */
	record IsolatedProcess(Process process, IsolationSlot slot) {
	}

}
