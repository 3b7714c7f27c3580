package dev.looplab.runner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Version 5 of the wire format between the server and a sandbox JVM. The server writes a
 * {@link Job} to the child's stdin; the child writes frames to its stdout: one byte of
 * type, an int length, then the payload. Kept in plain Java so the child needs nothing
 * but this jar. Version 4 added grading: a job may carry test classes, which the child
 * runs on the JUnit Platform, reporting {@link #PROGRAM_RUN} and {@link #TEST_RESULT}
 * frames. Version 5 lets a JVM take more than one job: after the {@link #EXIT} frame of a
 * plain job that left nothing behind, the child sends {@link #READY} again and reads the
 * next job; the server closes stdin when it wants none, and the child halts.
 */
public final class Protocol {

	public static final int VERSION = 5;

	/**
	 * The exit code of a sandbox JVM that the runner ended because the program used up
	 * its CPU budget, whether or not its {@link #EXIT} frame got out.
	 */
	public static final int CPU_BUDGET_EXIT_CODE = 124;

	/**
	 * Sent once the child is started and warmed, and again after each job it survives;
	 * payload: the protocol version (int), then the CPU time the JVM has used so far in
	 * milliseconds (long, -1 when unknown).
	 */
	public static final byte READY = 'R';

	/** Sent when the learner's main method is about to be called; no payload. */
	public static final byte STARTED = 'S';

	/**
	 * A line (or tail) the learner printed to stdout; payload: nanos since start (long),
	 * UTF-8 text.
	 */
	public static final byte STDOUT = 'O';

	/** Same as {@link #STDOUT}, for stderr. */
	public static final byte STDERR = 'E';

	/**
	 * The program ended; payload: exit code (int), an {@link Ending} name (UTF), then a
	 * detail in UTF-8 to the end of the frame (for example the uncaught exception).
	 */
	public static final byte EXIT = 'X';

	/**
	 * A scheduling event of the learner runtime's event loop; payload: real nanos since
	 * the start, virtual nanos, span nanos (longs), the task number (int), then kind,
	 * task name, what it waits on and a detail (modified UTF-8 strings).
	 */
	public static final byte TRACE = 'T';

	/**
	 * Grading: a program run begins, and the output and trace frames after it belong to
	 * it until the next one; payload: nanos since the start (long), its number from 1
	 * (int), its title (modified UTF-8).
	 */
	public static final byte PROGRAM_RUN = 'P';

	/**
	 * Grading: one test finished; payload: nanos since the start (long), passed
	 * (boolean), points earned, points possible and the number of the program run it
	 * used, 0 for none (ints), its name (modified UTF-8), then the message in UTF-8 to
	 * the end of the frame (empty when it passed).
	 */
	public static final byte TEST_RESULT = 'G';

	/**
	 * A plain run's trace events past its budget, which the child did not send; payload:
	 * nanos since the start of the last of them (long), how many (long). Sent once, just
	 * before {@link #EXIT}.
	 */
	public static final byte TRACE_SKIPPED = 'K';

	/**
	 * The most trace events a run keeps: the child sends no more than this many, and the
	 * server keeps no more.
	 */
	public static final int TRACE_EVENT_LIMIT = 20_000;

	private static final int JOB_MAGIC = 0x4C4C4A31; // "LLJ1"

	private Protocol() {
	}

	/**
	 * How the learner's program ended, as seen from inside the child.
	 */
	public enum Ending {

		/** main returned and every non-daemon thread finished. */
		RETURNED,
		/** main or another thread threw; the stack trace went to stderr. */
		THREW,
		/** The chosen class has no launchable main method. */
		NO_MAIN,
		/**
		 * The job could not be read or loaded: a fault of the sandbox, not of the
		 * program.
		 */
		BROKEN_JOB,
		/**
		 * The program used up its CPU budget and the runner ended the JVM; the detail
		 * says where it was (see {@link Budget}).
		 */
		CPU_BUDGET,
		/**
		 * As {@link #CPU_BUDGET}, in a recursion at least a thousand calls deep: one that
		 * calls itself again in a finally block or after catching StackOverflowError, and
		 * so never gets out.
		 */
		CPU_BUDGET_IN_RECURSION,
		/**
		 * Every thread of the program waited for another and no timer was pending, under
		 * the thread scheduler; the detail names each thread and what it waited for.
		 */
		DEADLOCK;

		/**
		 * The endings after which the runner is still in charge of its JVM and may take
		 * another job.
		 */
		public static final java.util.Set<Ending> ON_ITS_OWN = java.util.EnumSet.of(RETURNED, THREW, NO_MAIN);

	}

	/**
	 * What to run: the class whose main method starts the program, the bytes of every
	 * class compiled from the learner's source, how many milliseconds of CPU time the
	 * program may use, whether its sleeps and clock readings use virtual time, the seed
	 * of the event loop's scheduling order ({@link #NO_SEED} for asyncio's own), the
	 * tests to run against the program ({@link Tests#NONE} for a plain run), and how many
	 * bytes of trace the server keeps at most (past them the child stops sending trace
	 * frames and only counts them; {@link Long#MAX_VALUE} for no such cut).
	 */
	public record Job(String mainClass, Map<String, byte[]> classes, long cpuLimitMillis, boolean virtualClock,
			long seed, Tests tests, long traceBudgetBytes) {

		/** The seed of a job that keeps asyncio's first-in, first-out order. */
		public static final long NO_SEED = Long.MIN_VALUE;

		/** The CPU budget of a job that does not name one: the default of the server. */
		public static final long DEFAULT_CPU_LIMIT_MILLIS = 10_000;

		private static final int MAX_CLASSES = 10_000;

		public Job(String mainClass, Map<String, byte[]> classes) {
			this(mainClass, classes, DEFAULT_CPU_LIMIT_MILLIS);
		}

		public Job(String mainClass, Map<String, byte[]> classes, long cpuLimitMillis) {
			this(mainClass, classes, cpuLimitMillis, false, NO_SEED);
		}

		public Job(String mainClass, Map<String, byte[]> classes, long cpuLimitMillis, boolean virtualClock,
				long seed) {
			this(mainClass, classes, cpuLimitMillis, virtualClock, seed, Tests.NONE);
		}

		public Job(String mainClass, Map<String, byte[]> classes, long cpuLimitMillis, boolean virtualClock, long seed,
				Tests tests) {
			this(mainClass, classes, cpuLimitMillis, virtualClock, seed, tests, Long.MAX_VALUE);
		}

		/** Whether the child grades the program rather than running it. */
		public boolean grades() {
			return !this.tests.classNames().isEmpty();
		}

		public void writeTo(DataOutputStream out) throws IOException {
			out.writeInt(JOB_MAGIC);
			out.writeInt(VERSION);
			out.writeUTF(this.mainClass);
			out.writeLong(this.cpuLimitMillis);
			out.writeBoolean(this.virtualClock);
			out.writeLong(this.seed);
			out.writeLong(this.traceBudgetBytes);
			writeClasses(out, this.classes);
			out.writeInt(this.tests.classNames().size());
			for (String name : this.tests.classNames()) {
				out.writeUTF(name);
			}
			writeClasses(out, this.tests.classes());
			out.flush();
		}

		public static Job readFrom(DataInputStream in) throws IOException {
			int magic = in.readInt();
			int version = in.readInt();
			if (magic != JOB_MAGIC || version != VERSION) {
				throw new IOException("Unsupported job header %08x v%d".formatted(magic, version));
			}
			String mainClass = in.readUTF();
			long cpuLimitMillis = in.readLong();
			boolean virtualClock = in.readBoolean();
			long seed = in.readLong();
			long traceBudgetBytes = in.readLong();
			Map<String, byte[]> classes = readClasses(in);
			int names = checkedCount(in.readInt());
			List<String> testClasses = new ArrayList<>();
			for (int i = 0; i < names; i++) {
				testClasses.add(in.readUTF());
			}
			Tests tests = new Tests(testClasses, readClasses(in));
			return new Job(mainClass, classes, cpuLimitMillis, virtualClock, seed, tests, traceBudgetBytes);
		}

		private static void writeClasses(DataOutputStream out, Map<String, byte[]> classes) throws IOException {
			out.writeInt(classes.size());
			for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
				out.writeUTF(entry.getKey());
				out.writeInt(entry.getValue().length);
				out.write(entry.getValue());
			}
		}

		private static Map<String, byte[]> readClasses(DataInputStream in) throws IOException {
			int count = checkedCount(in.readInt());
			Map<String, byte[]> classes = new LinkedHashMap<>();
			for (int i = 0; i < count; i++) {
				String name = in.readUTF();
				byte[] bytes = new byte[in.readInt()];
				in.readFully(bytes);
				classes.put(name, bytes);
			}
			return classes;
		}

		private static int checkedCount(int count) throws IOException {
			if (count < 0 || count > MAX_CLASSES) {
				throw new EOFException("Bad class count " + count);
			}
			return count;
		}

	}

	/**
	 * The tests of a graded job: the test classes to launch, by binary name, and the
	 * bytes of every class compiled from the test files. Test classes are the
	 * instructor's: they are neither checked nor instrumented, and they are loaded beside
	 * the learner's classes so that they can call them.
	 */
	public record Tests(List<String> classNames, Map<String, byte[]> classes) {

		/** A plain run: no tests. */
		public static final Tests NONE = new Tests(List.of(), Map.of());

		public Tests {
			classNames = List.copyOf(classNames);
			classes = Collections.unmodifiableMap(new LinkedHashMap<>(classes));
		}

	}

}
