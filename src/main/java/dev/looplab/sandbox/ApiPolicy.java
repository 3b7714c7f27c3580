package dev.looplab.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.looplab.runner.Budget;
import dev.looplab.runner.LearnerClock;
import dev.looplab.runner.LearnerWaits;

/**
 * Which classes and members of the platform learner code may use. An allowlist: whole
 * packages that are safe ({@link #OPEN_PACKAGES}) and single classes from others
 * ({@link #OPEN_CLASSES}), minus the classes and members that reach outside the program
 * ({@link ApiPolicyRules}). Classes are matched by their exact name (and nested classes
 * of a closed class), never by a prefix of the name: a rule for {@code java/lang/Runtime}
 * must not hit {@code java/lang/RuntimeException}. A member is judged where it is
 * declared as well as where it is named ({@link #forReference}, docs/adr/0016). Names are
 * internal names ({@code java/lang/String}).
 */
final class ApiPolicy {

	private static final Set<String> OPEN_PACKAGES = Set.of("java/lang", "java/lang/annotation", "java/lang/constant",
			"java/lang/ref", "java/util", "java/util/function", "java/util/stream", "java/util/concurrent",
			"java/util/concurrent/atomic", "java/util/concurrent/locks", "java/util/random", "java/util/regex",
			"java/time", "java/time/chrono", "java/time/format", "java/time/temporal", "java/time/zone", "java/math",
			"java/text", "java/nio", "java/nio/charset");

	/**
	 * Types every lambda, string concatenation, record and pattern switch mentions: they
	 * may be named, but none of their members called.
	 */
	private static final Set<String> TYPE_ONLY_PACKAGES = Set.of("java/lang/invoke", "java/lang/runtime");

	/** Memory fences: static, and part of what a concurrency course may show. */
	private static final Set<String> OPEN_TYPE_ONLY_MEMBERS = Set.of("java/lang/invoke/VarHandle.fullFence",
			"java/lang/invoke/VarHandle.acquireFence", "java/lang/invoke/VarHandle.releaseFence",
			"java/lang/invoke/VarHandle.loadLoadFence", "java/lang/invoke/VarHandle.storeStoreFence");

	private static final Set<String> OPEN_CLASSES = Set.of("java/io/PrintStream", "java/io/PrintWriter",
			"java/io/IOException", "java/io/UncheckedIOException", "java/io/EOFException",
			"java/io/InterruptedIOException", "java/io/UnsupportedEncodingException", "java/io/Serializable",
			"java/io/Closeable", "java/io/Flushable", "java/io/Reader", "java/io/Writer", "java/io/InputStream",
			"java/io/OutputStream", "java/io/BufferedReader", "java/io/BufferedWriter", "java/io/InputStreamReader",
			"java/io/OutputStreamWriter", "java/io/StringReader", "java/io/StringWriter", "java/io/CharArrayReader",
			"java/io/CharArrayWriter", "java/io/ByteArrayInputStream", "java/io/ByteArrayOutputStream",
			"java/io/FilterInputStream", "java/io/FilterOutputStream", "java/io/FilterReader", "java/io/FilterWriter",
			"java/io/BufferedInputStream", "java/io/BufferedOutputStream", "java/io/DataInput", "java/io/DataOutput",
			"java/io/DataInputStream", "java/io/DataOutputStream", "java/io/PushbackInputStream",
			"java/io/PushbackReader", "java/io/LineNumberReader", "java/io/SequenceInputStream",
			"java/io/PipedInputStream", "java/io/PipedOutputStream", "java/io/PipedReader", "java/io/PipedWriter",
			internalName(Budget.class), internalName(LearnerClock.class), internalName(LearnerWaits.class));

	/** The learner runtime, which ships in the runner jar for learner code to use. */
	private static final String LEARNER_RUNTIME = "dev/looplab/aio/";

	private static final Set<String> INDY_BOOTSTRAPS = Set.of("java/lang/invoke/LambdaMetafactory.metafactory",
			"java/lang/invoke/LambdaMetafactory.altMetafactory",
			"java/lang/invoke/StringConcatFactory.makeConcatWithConstants",
			"java/lang/invoke/StringConcatFactory.makeConcat", "java/lang/runtime/ObjectMethods.bootstrap",
			"java/lang/runtime/SwitchBootstraps.typeSwitch", "java/lang/runtime/SwitchBootstraps.enumSwitch");

	/** javac describes enum and class labels of pattern switches with these. */
	private static final Set<String> CONDY_BOOTSTRAPS = Set.of("java/lang/invoke/ConstantBootstraps.invoke",
			"java/lang/invoke/ConstantBootstraps.nullConstant", "java/lang/invoke/ConstantBootstraps.primitiveClass",
			"java/lang/invoke/ConstantBootstraps.enumConstant");

	/**
	 * A Lookup opens every member its class can reach. It may be named (every lambda's
	 * bootstrap does), but a platform member that takes or returns one is closed even in
	 * an open package: {@code ConstantDesc.resolveConstantDesc},
	 * {@code DynamicCallSiteDesc.resolveCallSiteDesc}.
	 */
	private static final String LOOKUP = "java/lang/invoke/MethodHandles$Lookup";

	/**
	 * Bytecode names of learner classes never reach this deep into their superclasses.
	 */
	private static final int MAX_LEARNER_DEPTH = 64;

	private final MemberResolution resolution;

	/**
	 * @param resolution the submission's classes, and where a member is declared
	 */
	ApiPolicy(MemberResolution resolution) {
		this.resolution = resolution;
	}

	/** Why a class may not even be named, or null when it may. */
	Denial forClass(String name) {
		String type = elementType(name);
		if (type == null || this.resolution.isLearnerClass(type)) {
			return null;
		}
		ApiFamily closed = ApiPolicyRules.closedClass(type);
		if (closed != null) {
			return new Denial(type, closed);
		}
		String pkg = packageOf(type);
		if (OPEN_PACKAGES.contains(pkg) || TYPE_ONLY_PACKAGES.contains(pkg) || OPEN_CLASSES.contains(type)
				|| type.startsWith(LEARNER_RUNTIME)) {
			return null;
		}
		return new Denial(type, ApiPolicyRules.familyOfClosedPackage(type));
	}

	/**
	 * Why a member reference may not be used, or null when it may. The member is judged
	 * at the platform class the reference names (the nearest platform superclass when it
	 * names a learner class) and at the classes that declare it, so that
	 * {@code ForkJoinWorkerThread.getAllStackTraces} is judged as Thread's. A constructor
	 * is judged at every superclass too, because creating the object runs their
	 * constructors: a class whose constructors are all closed ({@code Thread}) cannot be
	 * created through a subclass either. Members the learner declares are the caller's to
	 * tell apart ({@link #declaredByLearner}).
	 */
	Denial forReference(String owner, String name, String descriptor) {
		if (owner.startsWith("[")) {
			return forMember(owner, name, descriptor);
		}
		String named = nearestPlatformClass(owner);
		Denial denial = forMember(named, name, descriptor);
		if (denial != null) {
			return denial;
		}
		if (name.equals("<init>")) {
			for (String superclass : this.resolution.superclasses(named)) {
				Denial closed = forMember(superclass, name, descriptor);
				if (closed != null) {
					return new Denial(named + "." + name, closed.family());
				}
			}
			return null;
		}
		for (String declaring : this.resolution.declaringClasses(owner, name, descriptor)) {
			boolean judged = declaring.equals(named) || this.resolution.isLearnerClass(declaring);
			Denial closed = judged ? null : forMember(declaring, name, descriptor);
			if (closed != null) {
				return closed;
			}
		}
		return null;
	}

	/**
	 * Whether a reference names a member of the learner's own classes (then only the
	 * types in its descriptor can be at fault).
	 */
	boolean declaredByLearner(String owner, String name, String descriptor) {
		List<String> declaring = this.resolution.declaringClasses(owner, name, descriptor);
		return !declaring.isEmpty() && declaring.stream().allMatch(this.resolution::isLearnerClass);
	}

	/**
	 * The class itself, or the first platform class among a learner class's superclasses.
	 */
	private String nearestPlatformClass(String type) {
		String current = type;
		for (int depth = 0; this.resolution.isLearnerClass(current) && depth < MAX_LEARNER_DEPTH; depth++) {
			ClassShape shape = this.resolution.shape(current);
			if (shape.superclass() == null) {
				return current;
			}
			current = shape.superclass();
		}
		return current;
	}

	/**
	 * Why a platform member may not be called, read or referenced by a method handle, or
	 * null when it may, judged at the owner alone (see {@link #forReference}). The owner
	 * must not be a learner class.
	 */
	Denial forMember(String owner, String name, String descriptor) {
		String api = owner + "." + name;
		if (owner.startsWith("[")) {
			// clone() and the Object methods of an array.
			return forDescriptor(descriptor, api);
		}
		Denial type = forClass(owner);
		if (type != null) {
			return new Denial(api, type.family());
		}
		if (TYPE_ONLY_PACKAGES.contains(packageOf(owner)) && !OPEN_TYPE_ONLY_MEMBERS.contains(api)) {
			return new Denial(api, ApiPolicyRules.familyOfTypeOnly(owner));
		}
		ApiFamily rule = ApiPolicyRules.closedMember(owner, name, descriptor);
		if (rule != null) {
			return new Denial(api, rule);
		}
		if (classesIn(descriptor).contains(LOOKUP)) {
			return new Denial(api, ApiFamily.METHOD_HANDLES);
		}
		return forDescriptor(descriptor, api);
	}

	/**
	 * Why a descriptor names a type that may not be used; the denial names {@code api}.
	 */
	Denial forDescriptor(String descriptor, String api) {
		for (String type : classesIn(descriptor)) {
			Denial denial = forClass(type);
			if (denial != null) {
				return new Denial(api, denial.family());
			}
		}
		return null;
	}

	/** Why an invokedynamic or dynamic constant uses a bootstrap method it may not. */
	Denial forBootstrap(String owner, String name, boolean constant) {
		String api = owner + "." + name;
		boolean allowed = (constant ? CONDY_BOOTSTRAPS : INDY_BOOTSTRAPS).contains(api);
		return allowed ? null : new Denial(api, ApiFamily.METHOD_HANDLES);
	}

	/** The class names in a field or method descriptor. */
	static List<String> classesIn(String descriptor) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < descriptor.length(); i++) {
			if (descriptor.charAt(i) == 'L') {
				int end = descriptor.indexOf(';', i);
				names.add(descriptor.substring(i + 1, end));
				i = end;
			}
		}
		return names;
	}

	/** The class of an array's elements, the name itself, or null for primitives. */
	private static String elementType(String name) {
		if (!name.startsWith("[")) {
			return name;
		}
		String element = name.substring(name.lastIndexOf('[') + 1);
		return element.startsWith("L") ? element.substring(1, element.length() - 1) : null;
	}

	static String packageOf(String type) {
		int slash = type.lastIndexOf('/');
		return (slash < 0) ? "" : type.substring(0, slash);
	}

	private static String internalName(Class<?> type) {
		return type.getName().replace('.', '/');
	}

	/**
	 * A use that is not allowed.
	 *
	 * @param api the class or member, as an internal name ({@code java/lang/System.exit})
	 * @param family why it is not allowed
	 */
	record Denial(String api, ApiFamily family) {

		/** The API as a learner writes it: {@code java.lang.System.exit}. */
		String displayName() {
			String dotted = this.api.replace('/', '.').replace('$', '.');
			return dotted.endsWith(".<init>") ? "new " + dotted.substring(0, dotted.length() - 7) : dotted;
		}

	}

}
