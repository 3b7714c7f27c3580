package dev.looplab.sandbox;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Opcode;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.looplab.runner.LearnerClock;
import dev.looplab.runner.LearnerWaits;

/**
 * The calls that read the clock or wait for a while, and the runner hooks
 * ({@link LearnerClock}, {@link LearnerWaits}) they are redirected to, so that the
 * scheduler can later put them on virtual time. A static call keeps its descriptor; an
 * instance call passes its receiver as the first argument. Every {@code now()} and
 * {@code now(ZoneId)} of {@code java.time} becomes {@code now(Clock)} with the hooked
 * system clock. Why each API is redirected rather than rejected: docs/adr/0005.
 */
final class InstrumentRedirects {

	private static final ClassDesc CLOCK = ClassDesc.of(LearnerClock.class.getName());

	private static final ClassDesc WAITS = ClassDesc.of(LearnerWaits.class.getName());

	/** Named rather than linked: a subpackage of the runner, outside its public API. */
	private static final ClassDesc THREADS = ClassDesc.of("dev.looplab.runner.threads.LearnerThreads");

	private static final ClassDesc POOLS = ClassDesc.of("dev.looplab.runner.threads.LearnerPools");

	private static final ClassDesc FUTURES = ClassDesc.of("dev.looplab.runner.threads.LearnerFutures");

	private static final ClassDesc PARKING = ClassDesc.of("dev.looplab.runner.threads.LearnerParking");

	private static final ClassDesc ATOMICS = ClassDesc.of("dev.looplab.runner.threads.LearnerAtomics");

	/** The atomics whose every use is a scheduling point under a seed. */
	private static final Set<String> ATOMIC_CLASSES = Set.of("java/util/concurrent/atomic/AtomicInteger",
			"java/util/concurrent/atomic/AtomicLong", "java/util/concurrent/atomic/AtomicBoolean",
			"java/util/concurrent/atomic/AtomicReference", "java/util/concurrent/atomic/AtomicIntegerArray",
			"java/util/concurrent/atomic/AtomicLongArray", "java/util/concurrent/atomic/AtomicReferenceArray",
			"java/util/concurrent/atomic/LongAdder", "java/util/concurrent/atomic/DoubleAdder");

	private static final ClassDesc CD_CLOCK = ClassDesc.of("java.time.Clock");

	private static final ClassDesc CD_DATE = ClassDesc.of("java.util.Date");

	private static final ClassDesc BUILDER = ClassDesc.ofInternalName("java/lang/Thread$Builder");

	/** Keyed by {@code owner.name(descriptor)}; the owner is the platform class. */
	private static final Map<String, Redirect> STATIC = new HashMap<>();

	private static final Map<String, Redirect> INSTANCE = new HashMap<>();

	static {
		hook("java/lang/System.nanoTime()J", CLOCK, "nanoTime");
		hook("java/lang/System.currentTimeMillis()J", CLOCK, "currentTimeMillis");
		hook("java/time/Clock.systemUTC()Ljava/time/Clock;", CLOCK, "systemUTC");
		hook("java/time/Clock.systemDefaultZone()Ljava/time/Clock;", CLOCK, "systemDefaultZone");
		hook("java/time/Clock.system(Ljava/time/ZoneId;)Ljava/time/Clock;", CLOCK, "system");
		hook("java/time/Clock.tickMillis(Ljava/time/ZoneId;)Ljava/time/Clock;", CLOCK, "tickMillis");
		hook("java/time/Clock.tickSeconds(Ljava/time/ZoneId;)Ljava/time/Clock;", CLOCK, "tickSeconds");
		hook("java/time/Clock.tickMinutes(Ljava/time/ZoneId;)Ljava/time/Clock;", CLOCK, "tickMinutes");
		hook("java/time/InstantSource.system()Ljava/time/InstantSource;", CLOCK, "instantSource");
		hook("java/util/Calendar.getInstance()Ljava/util/Calendar;", CLOCK, "calendar");
		hook("java/util/Calendar.getInstance(Ljava/util/TimeZone;)Ljava/util/Calendar;", CLOCK, "calendar");
		hook("java/util/Calendar.getInstance(Ljava/util/Locale;)Ljava/util/Calendar;", CLOCK, "calendar");
		hook("java/util/Calendar.getInstance(Ljava/util/TimeZone;Ljava/util/Locale;)Ljava/util/Calendar;", CLOCK,
				"calendar");
		hook("java/lang/Thread.sleep(J)V", WAITS, "sleep");
		hook("java/lang/Thread.sleep(JI)V", WAITS, "sleep");
		hook("java/lang/Thread.sleep(Ljava/time/Duration;)V", WAITS, "sleep");
		hook("java/util/concurrent/locks/LockSupport.parkNanos(J)V", PARKING, "parkNanos");
		hook("java/util/concurrent/locks/LockSupport.parkNanos(Ljava/lang/Object;J)V", PARKING, "parkNanos");
		hook("java/util/concurrent/locks/LockSupport.park()V", PARKING, "park");
		hook("java/util/concurrent/locks/LockSupport.park(Ljava/lang/Object;)V", PARKING, "park");
		hook("java/util/concurrent/locks/LockSupport.unpark(Ljava/lang/Thread;)V", PARKING, "unpark");
		hook("java/util/concurrent/locks/LockSupport.parkUntil(J)V", WAITS, "parkUntil");
		hook("java/util/concurrent/locks/LockSupport.parkUntil(Ljava/lang/Object;J)V", WAITS, "parkUntil");
		receiverHook("java/util/concurrent/TimeUnit.sleep(J)V", "sleep");
		receiverHook("java/util/concurrent/TimeUnit.timedJoin(Ljava/lang/Thread;J)V", "timedJoin");
		receiverHook("java/util/concurrent/TimeUnit.timedWait(Ljava/lang/Object;J)V", "timedWait");
		receiverHook("java/lang/Thread.join(J)V", "join");
		receiverHook("java/lang/Thread.join(JI)V", "join");
		receiverHook("java/lang/Thread.join(Ljava/time/Duration;)Z", "join");
		receiverHook("java/lang/Object.wait(J)V", "waitOn");
		receiverHook("java/lang/Object.wait(JI)V", "waitOn");
		// The thread scheduler's scheduling points; without a scheduler each hook makes
		// the
		// replaced call.
		receiverHook("java/lang/Object.wait()V", InstrumentThreads.MONITORS, "waitOn", null);
		receiverHook("java/lang/Object.notify()V", InstrumentThreads.MONITORS, "notify", null);
		receiverHook("java/lang/Object.notifyAll()V", InstrumentThreads.MONITORS, "notifyAll", null);
		receiverHook("java/lang/Thread.start()V", THREADS, "start", null);
		receiverHook("java/lang/Thread.join()V", THREADS, "join", null);
		receiverHook("java/lang/Thread.isAlive()Z", THREADS, "isAlive", null);
		receiverHook("java/lang/Thread.interrupt()V", THREADS, "interrupt", null);
		receiverHook("java/lang/Thread.getState()Ljava/lang/Thread$State;", THREADS, "getState", null);
		hook("java/lang/Thread.yield()V", THREADS, "yieldTurn");
		hook("java/lang/Thread.onSpinWait()V", THREADS, "spinWait");
		hook("java/lang/Thread.startVirtualThread(Ljava/lang/Runnable;)Ljava/lang/Thread;", THREADS,
				"startVirtualThread");
		hook("java/util/concurrent/Executors.newFixedThreadPool(I)Ljava/util/concurrent/ExecutorService;", POOLS,
				"newFixedThreadPool");
		hook("java/util/concurrent/Executors.newCachedThreadPool()Ljava/util/concurrent/ExecutorService;", POOLS,
				"newCachedThreadPool");
		hook("java/util/concurrent/Executors.newSingleThreadExecutor()Ljava/util/concurrent/ExecutorService;", POOLS,
				"newSingleThreadExecutor");
		hook("java/util/concurrent/Executors.newWorkStealingPool()Ljava/util/concurrent/ExecutorService;", POOLS,
				"newWorkStealingPool");
		hook("java/util/concurrent/Executors.newWorkStealingPool(I)Ljava/util/concurrent/ExecutorService;", POOLS,
				"newWorkStealingPool");
		hook("java/util/concurrent/Executors.newVirtualThreadPerTaskExecutor()Ljava/util/concurrent/ExecutorService;",
				POOLS, "newVirtualThreadPerTaskExecutor");
		String future = "Ljava/util/concurrent/CompletableFuture;";
		String futures = "java/util/concurrent/CompletableFuture.";
		hook(futures + "supplyAsync(Ljava/util/function/Supplier;)" + future, FUTURES, "supplyAsync");
		hook(futures + "supplyAsync(Ljava/util/function/Supplier;Ljava/util/concurrent/Executor;)" + future, FUTURES,
				"supplyAsync");
		hook(futures + "runAsync(Ljava/lang/Runnable;)" + future, FUTURES, "runAsync");
		hook(futures + "runAsync(Ljava/lang/Runnable;Ljava/util/concurrent/Executor;)" + future, FUTURES, "runAsync");
		hook(futures + "completedFuture(Ljava/lang/Object;)" + future, FUTURES, "completedFuture");
		hook(futures + "failedFuture(Ljava/lang/Throwable;)" + future, FUTURES, "failedFuture");
		hook(futures + "allOf([" + future + ")" + future, FUTURES, "allOf");
		hook(futures + "delayedExecutor(JLjava/util/concurrent/TimeUnit;)Ljava/util/concurrent/Executor;", FUTURES,
				"delayedExecutor");
		hook(futures
				+ "delayedExecutor(JLjava/util/concurrent/TimeUnit;Ljava/util/concurrent/Executor;)Ljava/util/concurrent/Executor;",
				FUTURES, "delayedExecutor");
		hook(futures + "anyOf([" + future + ")" + future, FUTURES, "anyOf");
		for (String builder : List.of("java/lang/Thread$Builder", "java/lang/Thread$Builder$OfPlatform",
				"java/lang/Thread$Builder$OfVirtual")) {
			receiverHook(builder + ".start(Ljava/lang/Runnable;)Ljava/lang/Thread;", THREADS, "start", BUILDER);
			receiverHook(builder + ".unstarted(Ljava/lang/Runnable;)Ljava/lang/Thread;", THREADS, "unstarted", BUILDER);
		}
	}

	private InstrumentRedirects() {
	}

	/** What replaces the call, or null when it stays as it is. */
	static Redirect find(Call call) {
		String key = call.owner() + "." + call.name() + call.descriptor();
		if (call.opcode() == Opcode.INVOKESTATIC) {
			Redirect hooked = STATIC.get(key);
			return (hooked != null) ? hooked : timeNow(call, true);
		}
		if (call.name().equals("<init>")) {
			return key.equals("java/util/Date.<init>()V") ? InstrumentRedirects::dateNow : null;
		}
		if (ATOMIC_CLASSES.contains(call.owner())) {
			return InstrumentRedirects::atomicAccess;
		}
		// Object.wait and notify are final, so a call through any class or interface is
		// Object's.
		boolean objectFinal = call.name().equals("wait") || call.name().equals("notify")
				|| call.name().equals("notifyAll");
		Redirect hooked = INSTANCE.get(objectFinal ? "java/lang/Object." + call.name() + call.descriptor() : key);
		return (hooked != null) ? hooked : timeNow(call, false);
	}

	/**
	 * {@code now()} of the java.time types and {@code dateNow()} of the chronologies: the
	 * same call with the hooked system clock.
	 */
	private static Redirect timeNow(Call call, boolean isStatic) {
		String pkg = ApiPolicy.packageOf(call.owner());
		boolean named = isStatic ? call.name().equals("now") : call.name().equals("dateNow");
		if (!named || !(pkg.equals("java/time") || pkg.equals("java/time/chrono"))) {
			return null;
		}
		MethodTypeDesc type = MethodTypeDesc.ofDescriptor(call.descriptor());
		MethodTypeDesc withClock = MethodTypeDesc.of(type.returnType(), CD_CLOCK);
		if (type.parameterCount() == 0) {
			return (code, original) -> {
				code.invokestatic(CLOCK, "systemDefaultZone", MethodTypeDesc.of(CD_CLOCK));
				code.invoke(original.opcode(), ClassDesc.ofInternalName(original.owner()), original.name(), withClock,
						original.isInterface());
			};
		}
		if (type.parameterCount() == 1 && type.parameterType(0).descriptorString().equals("Ljava/time/ZoneId;")) {
			return (code, original) -> {
				code.invokestatic(CLOCK, "system", MethodTypeDesc.of(CD_CLOCK, type.parameterType(0)));
				code.invoke(original.opcode(), ClassDesc.ofInternalName(original.owner()), original.name(), withClock,
						original.isInterface());
			};
		}
		return null;
	}

	/**
	 * The same call, after a scheduling point (under a seed) for the thread scheduler.
	 */
	private static void atomicAccess(CodeBuilder code, Call call) {
		code.invokestatic(ATOMICS, "access", MethodTypeDesc.of(ConstantDescs.CD_void));
		code.invoke(call.opcode(), ClassDesc.ofInternalName(call.owner()), call.name(),
				MethodTypeDesc.ofDescriptor(call.descriptor()), call.isInterface());
	}

	/**
	 * {@code new Date()} reads the clock inside the JDK: pass it the hooked time instead.
	 */
	private static void dateNow(CodeBuilder code, Call call) {
		code.invokestatic(CLOCK, "currentTimeMillis", MethodTypeDesc.of(ConstantDescs.CD_long));
		code.invokespecial(CD_DATE, "<init>", MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_long));
	}

	private static void hook(String call, ClassDesc hooks, String hookName) {
		MethodTypeDesc type = MethodTypeDesc.ofDescriptor(call.substring(call.indexOf('(')));
		STATIC.put(call, (code, original) -> code.invokestatic(hooks, hookName, type));
	}

	private static void receiverHook(String call, String hookName) {
		receiverHook(call, WAITS, hookName, null);
	}

	/**
	 * @param receiverType the hook's type for the receiver, or null for the call's owner
	 */
	private static void receiverHook(String call, ClassDesc hooks, String hookName, ClassDesc receiverType) {
		ClassDesc receiver = (receiverType != null) ? receiverType
				: ClassDesc.ofInternalName(call.substring(0, call.indexOf('.')));
		MethodTypeDesc type = MethodTypeDesc.ofDescriptor(call.substring(call.indexOf('(')))
			.insertParameterTypes(0, receiver);
		INSTANCE.put(call, (code, original) -> code.invokestatic(hooks, hookName, type));
	}

	/**
	 * Emits the replacement of a call, with the call's operands (receiver first) on the
	 * stack, leaving its result.
	 */
	@FunctionalInterface
	interface Redirect {

		void emit(CodeBuilder code, Call call);

	}

	/**
	 * A call as the instrumenter sees it, its owner resolved to the platform class that
	 * declares or inherits the member.
	 */
	record Call(Opcode opcode, String owner, String name, String descriptor, boolean isInterface) {

		/** The call a lambda's method handle makes, or null for a field handle. */
		static Call of(DirectMethodHandleDesc handle, String owner) {
			Opcode opcode = switch (handle.kind()) {
				case STATIC, INTERFACE_STATIC -> Opcode.INVOKESTATIC;
				case VIRTUAL -> Opcode.INVOKEVIRTUAL;
				case INTERFACE_VIRTUAL -> Opcode.INVOKEINTERFACE;
				case SPECIAL, INTERFACE_SPECIAL, CONSTRUCTOR -> Opcode.INVOKESPECIAL;
				case GETTER, SETTER, STATIC_GETTER, STATIC_SETTER -> null;
			};
			return (opcode != null)
					? new Call(opcode, owner, handle.methodName(), handle.lookupDescriptor(), handle.isOwnerInterface())
					: null;
		}

	}

}
