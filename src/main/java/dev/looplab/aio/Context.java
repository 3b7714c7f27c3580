package dev.looplab.aio;

import java.util.HashMap;
import java.util.Map;

/**
 * Mirrors {@code contextvars.Context}: the values of the {@link ContextVar}s for one task
 * or callback. Copying is O(1): the map is never changed in place, a set replaces it.
 */
final class Context {

	private static final ThreadLocal<Context> CURRENT = ThreadLocal.withInitial(Context::new);

	private Map<ContextVar<?>, Object> values;

	private Context() {
		this.values = Map.of();
	}

	private Context(Map<ContextVar<?>, Object> values) {
		this.values = values;
	}

	static Context current() {
		return CURRENT.get();
	}

	/** Mirrors {@code contextvars.copy_context()}. */
	static Context copyCurrent() {
		return new Context(CURRENT.get().values);
	}

	/** Makes this the current context; returns the one to restore afterwards. */
	Context enter() {
		Context previous = CURRENT.get();
		if (previous != this) {
			CURRENT.set(this);
		}
		return previous;
	}

	static void restore(Context previous) {
		if (CURRENT.get() != previous) {
			CURRENT.set(previous);
		}
	}

	boolean has(ContextVar<?> variable) {
		return this.values.containsKey(variable);
	}

	Object get(ContextVar<?> variable) {
		return this.values.get(variable);
	}

	void put(ContextVar<?> variable, Object value, boolean present) {
		Map<ContextVar<?>, Object> changed = new HashMap<>(this.values);
		if (present) {
			changed.put(variable, value);
		}
		else {
			changed.remove(variable);
		}
		this.values = changed;
	}

}
