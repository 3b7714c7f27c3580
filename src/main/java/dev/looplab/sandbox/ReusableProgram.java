package dev.looplab.sandbox;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.constantpool.ClassEntry;
import java.lang.classfile.constantpool.MemberRefEntry;
import java.lang.classfile.constantpool.PoolEntry;
import java.util.Map;
import java.util.Set;

/**
 * Whether a program may run in a JVM that an earlier run of the same learner used, and
 * leave it for the next (ADR 20). A program that starts threads, pools, timers or loggers
 * may leave some behind, and every thread it makes draws a number from the JVM's counters
 * ({@code Thread-0}, {@code pool-1}), so a second run in the same JVM would print other
 * names than the first: such a program gets a fresh JVM. Read from the class files as
 * compiled, before instrumentation.
 */
final class ReusableProgram {

	/** Members of {@code Thread} that start nothing and change nothing. */
	private static final Set<String> HARMLESS_THREAD_MEMBERS = Set.of("sleep", "onSpinWait", "yield", "currentThread",
			"getName", "threadId", "isVirtual", "isDaemon");

	/** Parts of {@code java.util.concurrent} that start no thread and keep no state. */
	private static final Set<String> HARMLESS_CONCURRENT = Set.of("java/util/concurrent/TimeUnit",
			"java/util/concurrent/ConcurrentHashMap", "java/util/concurrent/ConcurrentMap",
			"java/util/concurrent/ConcurrentLinkedQueue", "java/util/concurrent/ConcurrentLinkedDeque",
			"java/util/concurrent/CopyOnWriteArrayList", "java/util/concurrent/CopyOnWriteArraySet",
			"java/util/concurrent/ConcurrentSkipListMap", "java/util/concurrent/ConcurrentSkipListSet");

	private static final Set<String> STATEFUL_CLASSES = Set.of("java/util/Timer", "java/util/TimerTask",
			"java/lang/ThreadGroup", "java/lang/ref/Cleaner", "java/lang/System$Logger",
			"java/lang/System$LoggerFinder");

	private ReusableProgram() {
	}

	/** Whether none of the classes uses anything that could outlast its run. */
	static boolean leavesNothingBehind(Map<String, byte[]> classes) {
		for (byte[] bytes : classes.values()) {
			ClassModel model = ClassFile.of().parse(bytes);
			for (PoolEntry entry : model.constantPool()) {
				if (outlastsRun(entry)) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean outlastsRun(PoolEntry entry) {
		return switch (entry) {
			case ClassEntry type -> statefulClass(type.asInternalName());
			case MemberRefEntry member -> {
				String owner = member.owner().asInternalName();
				String name = member.name().stringValue();
				// Parallel streams and sorts run on the common pool's threads.
				yield name.startsWith("parallel")
						|| (owner.equals("java/lang/Thread") && !HARMLESS_THREAD_MEMBERS.contains(name));
			}
			default -> false;
		};
	}

	private static boolean statefulClass(String name) {
		if (name.startsWith("java/util/concurrent/")) {
			return !name.startsWith("java/util/concurrent/atomic/") && !name.startsWith("java/util/concurrent/locks/")
					&& !HARMLESS_CONCURRENT.contains(name);
		}
		return STATEFUL_CLASSES.contains(name) || name.startsWith("java/lang/Thread$")
				|| name.startsWith("java/util/logging/");
	}

}
