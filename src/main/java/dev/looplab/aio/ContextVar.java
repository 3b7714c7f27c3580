package dev.looplab.aio;

import java.util.NoSuchElementException;

/**
 * Mirrors {@code contextvars.ContextVar}: a variable whose value belongs to the current
 * context. Every task runs in a copy of the context of the code that created it, so a
 * task's {@code set} is invisible to its creator and its siblings.
 *
 * @param <T> the type of the value
 */
public final class ContextVar<T> {

	private static final Object MISSING = new Object();

	private final String name;

	private final Object defaultValue;

	/**
	 * Mirrors {@code ContextVar(name)}: a variable without a default.
	 * @param name its name
	 */
	public ContextVar(String name) {
		this.name = name;
		this.defaultValue = MISSING;
	}

	/**
	 * Mirrors {@code ContextVar(name, default=...)}.
	 * @param name its name
	 * @param defaultValue the value {@link #get()} returns when none is set
	 */
	public ContextVar(String name, T defaultValue) {
		this.name = name;
		this.defaultValue = defaultValue;
	}

	/** Mirrors {@code ContextVar.name}. */
	public String name() {
		return this.name;
	}

	/**
	 * Mirrors {@code ContextVar.get()}: the value in the current context, else the
	 * default.
	 * @throws NoSuchElementException (Python's {@code LookupError}) when there is neither
	 */
	@SuppressWarnings("unchecked")
	public T get() {
		Context context = Context.current();
		if (context.has(this)) {
			return (T) context.get(this);
		}
		if (this.defaultValue != MISSING) {
			return (T) this.defaultValue;
		}
		throw new NoSuchElementException("<ContextVar name='" + this.name + "'>");
	}

	/**
	 * Mirrors {@code ContextVar.get(default)}.
	 * @param fallback returned when the current context has no value
	 */
	@SuppressWarnings("unchecked")
	public T get(T fallback) {
		Context context = Context.current();
		return context.has(this) ? (T) context.get(this) : fallback;
	}

	/**
	 * Mirrors {@code ContextVar.set(value)}: sets the value in the current context only.
	 * @param value the new value
	 * @return a token for {@link #reset(Token)}
	 */
	public Token<T> set(T value) {
		Context context = Context.current();
		Token<T> token = new Token<>(this, context, context.has(this) ? context.get(this) : MISSING);
		context.put(this, value, true);
		return token;
	}

	/**
	 * Mirrors {@code ContextVar.reset(token)}: restores the value from before that set.
	 * @param token what {@link #set(Object)} returned, in this same context
	 */
	public void reset(Token<T> token) {
		if (token.variable != this || token.context != Context.current() || token.used) {
			throw new IllegalStateException("token was created by a different ContextVar or Context, or used");
		}
		token.used = true;
		Context.current().put(this, token.oldValue, token.oldValue != MISSING);
	}

	@Override
	public String toString() {
		return "<ContextVar name='" + this.name + "'>";
	}

	/**
	 * Mirrors {@code contextvars.Token}.
	 *
	 * @param <T> the variable's type
	 */
	public static final class Token<T> {

		private final ContextVar<T> variable;

		private final Context context;

		private final Object oldValue;

		private boolean used;

		private Token(ContextVar<T> variable, Context context, Object oldValue) {
			this.variable = variable;
			this.context = context;
			this.oldValue = oldValue;
		}

		/** Mirrors {@code Token.var}. */
		public ContextVar<T> variable() {
			return this.variable;
		}

	}

}
