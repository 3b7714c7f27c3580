package dev.looplab.sandbox;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.CodeElement;
import java.lang.classfile.Opcode;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.classfile.instruction.MonitorInstruction;
import java.lang.classfile.instruction.NewObjectInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.MethodHandleDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.Map;

/**
 * The rewrites that put a learner's own threads under the runner's thread scheduler, for
 * runs on the virtual clock (ADR 18): {@code new Thread} makes a {@code ScheduledThread},
 * a learner subclass of {@code Thread} extends it with its {@code run()} renamed behind
 * the scheduler's wrapper, and {@code monitorenter}/{@code monitorexit} go to the
 * scheduler's monitors. In the same way {@code new} of a {@code java.util.concurrent}
 * class that blocks makes the scheduler's subclass of it ({@link #STAND_INS}, ADR 19).
 * The classes are named, not linked: they live in the runner jar.
 */
final class InstrumentThreads {

	static final String THREAD = "java/lang/Thread";

	static final ClassDesc SCHEDULED_THREAD = ClassDesc.of("dev.looplab.runner.threads.ScheduledThread");

	static final ClassDesc MONITORS = ClassDesc.of("dev.looplab.runner.threads.LearnerMonitors");

	static final MethodTypeDesc ON_OBJECT = MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_Object);

	/**
	 * The JDK classes whose blocking methods would park where the scheduler cannot see,
	 * and the scheduler's subclasses that a learner's {@code new} makes instead (with the
	 * same constructors). A learner subclass of one extends the stand-in.
	 */
	static final Map<String, ClassDesc> STAND_INS = Map.ofEntries(
			standIn("java/util/concurrent/CompletableFuture", "ScheduledCompletableFuture"),
			standIn("java/util/concurrent/ExecutorCompletionService", "ScheduledCompletionService"),
			standIn("java/util/concurrent/LinkedBlockingQueue", "ScheduledLinkedBlockingQueue"),
			standIn("java/util/concurrent/ArrayBlockingQueue", "ScheduledArrayBlockingQueue"),
			standIn("java/util/concurrent/PriorityBlockingQueue", "ScheduledPriorityBlockingQueue"),
			standIn("java/util/concurrent/LinkedBlockingDeque", "ScheduledLinkedBlockingDeque"),
			standIn("java/util/concurrent/locks/ReentrantLock", "ScheduledReentrantLock"),
			standIn("java/util/concurrent/locks/ReentrantReadWriteLock", "ScheduledReadWriteLock"),
			standIn("java/util/concurrent/CountDownLatch", "ScheduledCountDownLatch"),
			standIn("java/util/concurrent/Semaphore", "ScheduledSemaphore"),
			standIn("java/util/concurrent/CyclicBarrier", "ScheduledCyclicBarrier"));

	/** What a learner subclass's {@code run()} is renamed to. */
	static final String RUN_BODY = "looplab$run";

	private InstrumentThreads() {
	}

	private static Map.Entry<String, ClassDesc> standIn(String platformClass, String simpleName) {
		return Map.entry(platformClass, ClassDesc.of("dev.looplab.runner.threads." + simpleName));
	}

	/** The class a learner class's superclass becomes, or null when it stays. */
	static ClassDesc superclassFor(String internalName) {
		return internalName.equals(THREAD) ? SCHEDULED_THREAD : STAND_INS.get(internalName);
	}

	/**
	 * Emits the rewritten element and returns true, or returns false when it is not one
	 * of the scheduler's.
	 */
	static boolean rewrite(CodeBuilder builder, CodeElement element, BytecodeSubmission submission) {
		switch (element) {
			case NewObjectInstruction created when created.className().asInternalName().equals(THREAD) -> {
				builder.new_(SCHEDULED_THREAD);
				return true;
			}
			case NewObjectInstruction created when STAND_INS.containsKey(created.className().asInternalName()) -> {
				builder.new_(STAND_INS.get(created.className().asInternalName()));
				return true;
			}
			case MonitorInstruction monitor -> {
				builder.invokestatic(MONITORS, (monitor.opcode() == Opcode.MONITORENTER) ? "enter" : "exit", ON_OBJECT);
				return true;
			}
			case InvokeInstruction invoke when invoke.opcode() == Opcode.INVOKESPECIAL -> {
				return special(builder, invoke, submission);
			}
			default -> {
				return false;
			}
		}
	}

	/**
	 * For {@code Thread::new}, the same constructor of ScheduledThread (a lambda may
	 * return a subclass); otherwise null.
	 */
	static DirectMethodHandleDesc constructorFor(DirectMethodHandleDesc handle) {
		String descriptor = handle.owner().descriptorString();
		ClassDesc standIn = (handle.kind() == DirectMethodHandleDesc.Kind.CONSTRUCTOR && descriptor.startsWith("L"))
				? superclassFor(descriptor.substring(1, descriptor.length() - 1)) : null;
		if (standIn == null) {
			return null;
		}
		return MethodHandleDesc.ofConstructor(standIn,
				handle.invocationType().parameterList().toArray(ClassDesc[]::new));
	}

	/** Whether the learner class's {@code run()} must be renamed to {@link #RUN_BODY}. */
	static boolean renamesRun(BytecodeSubmission submission, String owner, String name, String descriptor) {
		return name.equals("run") && descriptor.equals("()V") && submission.extendsThread(owner);
	}

	/**
	 * A Thread constructor, from {@code new Thread(...)} or a subclass's
	 * {@code super(...)}, becomes ScheduledThread's; {@code super.run()} calls the
	 * renamed body.
	 */
	private static boolean special(CodeBuilder builder, InvokeInstruction invoke, BytecodeSubmission submission) {
		String owner = invoke.owner().asInternalName();
		String name = invoke.name().stringValue();
		if (owner.equals(THREAD) && name.equals("<init>")) {
			builder.invokespecial(SCHEDULED_THREAD, "<init>", invoke.typeSymbol());
			return true;
		}
		if (STAND_INS.containsKey(owner)) {
			// new X(...) and a subclass's super(...) or super.m(...): the stand-in's.
			builder.invokespecial(STAND_INS.get(owner), name, invoke.typeSymbol());
			return true;
		}
		boolean threadRun = owner.equals(THREAD) && name.equals("run") && invoke.type().equalsString("()V");
		if (threadRun || renamesRun(submission, owner, name, invoke.type().stringValue())) {
			builder.invokespecial(threadRun ? SCHEDULED_THREAD : invoke.owner().asSymbol(), RUN_BODY,
					invoke.typeSymbol());
			return true;
		}
		return false;
	}

}
