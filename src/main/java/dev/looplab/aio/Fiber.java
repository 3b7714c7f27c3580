package dev.looplab.aio;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * A task's own stack: a {@code jdk.internal.vm.Continuation}, the one-shot delimited
 * continuation under virtual threads. Running it on the loop's thread and yielding back
 * costs a small copy of the frames, with no thread hand-off, so switches are cheap and
 * the order is exactly the loop's. It is reached through method handles so that only the
 * running JVM needs {@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED}, not
 * javac.
 */
final class Fiber {

	static final String EXPORT = "--add-exports java.base/jdk.internal.vm=ALL-UNNAMED";

	// Static finals, so that the JIT treats the handles as constants.
	private static final Handles HANDLES = Handles.lookUp();

	private static final Object SCOPE = HANDLES.scope;

	private static final MethodHandle CREATE = HANDLES.create;

	private static final MethodHandle RUN = HANDLES.run;

	private static final MethodHandle IS_DONE = HANDLES.isDone;

	private static final MethodHandle YIELD = HANDLES.yield;

	private Fiber() {
	}

	/**
	 * Fails with a clear message when the JVM lacks the export the continuations need.
	 */
	static void checkAvailable() {
		if (HANDLES.failure != null) {
			throw new IllegalStateException("Looplab's event loop needs the JVM option " + EXPORT, HANDLES.failure);
		}
	}

	static Object create(Runnable body) {
		checkAvailable();
		try {
			return (Object) CREATE.invokeExact(SCOPE, body);
		}
		catch (Throwable ex) {
			throw new IllegalStateException("cannot create a continuation", ex);
		}
	}

	/** Runs the continuation until it yields or ends; returns whether it ended. */
	static boolean run(Object continuation) {
		try {
			RUN.invokeExact(continuation);
			return (boolean) IS_DONE.invokeExact(continuation);
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Suspends the running continuation, back to the loop that ran it. */
	static void suspend() {
		boolean yielded;
		try {
			yielded = (boolean) YIELD.invokeExact(SCOPE);
		}
		catch (IllegalStateException ex) {
			throw pinned(ex.getMessage());
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException(ex);
		}
		if (!yielded) {
			throw pinned("pinned");
		}
	}

	private static IllegalStateException pinned(String reason) {
		return new IllegalStateException("A task cannot suspend here (" + reason + "): it runs inside a class"
				+ " initializer or under a native frame. Await from ordinary methods; use Aio's Lock to guard"
				+ " state between awaits.");
	}

	/** The method handles, looked up once. */
	private static final class Handles {

		final Object scope;

		final MethodHandle create;

		final MethodHandle run;

		final MethodHandle isDone;

		final MethodHandle yield;

		final Throwable failure;

		private Handles(Object scope, MethodHandle create, MethodHandle run, MethodHandle isDone, MethodHandle yield,
				Throwable failure) {
			this.scope = scope;
			this.create = create;
			this.run = run;
			this.isDone = isDone;
			this.yield = yield;
			this.failure = failure;
		}

		private static Handles lookUp() {
			try {
				Class<?> scopeType = Class.forName("jdk.internal.vm.ContinuationScope");
				Class<?> continuationType = Class.forName("jdk.internal.vm.Continuation");
				MethodHandles.Lookup lookup = MethodHandles.lookup();
				Object scope = lookup.findConstructor(scopeType, MethodType.methodType(void.class, String.class))
					.invoke("looplab-aio");
				MethodHandle create = lookup
					.findConstructor(continuationType, MethodType.methodType(void.class, scopeType, Runnable.class))
					.asType(MethodType.methodType(Object.class, Object.class, Runnable.class));
				MethodHandle run = lookup.findVirtual(continuationType, "run", MethodType.methodType(void.class))
					.asType(MethodType.methodType(void.class, Object.class));
				MethodHandle isDone = lookup
					.findVirtual(continuationType, "isDone", MethodType.methodType(boolean.class))
					.asType(MethodType.methodType(boolean.class, Object.class));
				MethodHandle yield = lookup
					.findStatic(continuationType, "yield", MethodType.methodType(boolean.class, scopeType))
					.asType(MethodType.methodType(boolean.class, Object.class));
				return new Handles(scope, create, run, isDone, yield, null);
			}
			catch (Throwable ex) {
				return new Handles(null, null, null, null, null, ex);
			}
		}

	}

}
