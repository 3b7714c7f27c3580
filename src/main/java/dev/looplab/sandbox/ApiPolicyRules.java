package dev.looplab.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.looplab.sandbox.ApiFamily.CLASS_LOADING;
import static dev.looplab.sandbox.ApiFamily.CLOCK;
import static dev.looplab.sandbox.ApiFamily.CONSOLE;
import static dev.looplab.sandbox.ApiFamily.ENVIRONMENT;
import static dev.looplab.sandbox.ApiFamily.EXIT;
import static dev.looplab.sandbox.ApiFamily.FILES;
import static dev.looplab.sandbox.ApiFamily.JVM;
import static dev.looplab.sandbox.ApiFamily.METHOD_HANDLES;
import static dev.looplab.sandbox.ApiFamily.NATIVE;
import static dev.looplab.sandbox.ApiFamily.NETWORK;
import static dev.looplab.sandbox.ApiFamily.PROCESSES;
import static dev.looplab.sandbox.ApiFamily.REFLECTION;
import static dev.looplab.sandbox.ApiFamily.SANDBOX;
import static dev.looplab.sandbox.ApiFamily.SERIALIZATION;
import static dev.looplab.sandbox.ApiFamily.SERVICES;
import static dev.looplab.sandbox.ApiFamily.THREADS;

/**
 * The exceptions inside the open parts of {@link ApiPolicy}: classes of open packages
 * that are closed, members of open classes that are closed, and the family a closed
 * package belongs to (which only chooses the words of the message; closing is decided by
 * the allowlist).
 */
final class ApiPolicyRules {

	/** Closed together with their nested classes. */
	private static final Map<String, ApiFamily> CLOSED_CLASSES = Map.ofEntries(
			Map.entry("java/lang/Process", PROCESSES), Map.entry("java/lang/ProcessBuilder", PROCESSES),
			Map.entry("java/lang/ProcessHandle", PROCESSES), Map.entry("java/lang/ClassLoader", CLASS_LOADING),
			Map.entry("java/lang/Module", REFLECTION), Map.entry("java/lang/ModuleLayer", REFLECTION),
			Map.entry("java/lang/SecurityManager", JVM), Map.entry("java/lang/ThreadGroup", THREADS),
			Map.entry("java/lang/System$LoggerFinder", SERVICES), Map.entry("java/util/ServiceLoader", SERVICES),
			Map.entry("java/util/ResourceBundle", CLASS_LOADING));

	/**
	 * {@code owner.member}, {@code owner.member(descriptor)}, or either ending in
	 * {@code *} to match by prefix. Constructors are {@code <init>}.
	 */
	private static final List<MemberRule> CLOSED_MEMBERS = List.of(rule("java/lang/System.exit", EXIT),
			rule("java/lang/System.getenv", ENVIRONMENT), rule("java/lang/System.setProperty", ENVIRONMENT),
			rule("java/lang/System.setProperties", ENVIRONMENT), rule("java/lang/System.getProperties", ENVIRONMENT),
			rule("java/lang/System.clearProperty", ENVIRONMENT), rule("java/lang/System.setOut", CONSOLE),
			rule("java/lang/System.setErr", CONSOLE), rule("java/lang/System.setIn", CONSOLE),
			rule("java/lang/System.console", CONSOLE), rule("java/lang/System.inheritedChannel", NETWORK),
			rule("java/lang/System.load", NATIVE), rule("java/lang/System.loadLibrary", NATIVE),
			rule("java/lang/System.mapLibraryName", NATIVE), rule("java/lang/System.setSecurityManager", JVM),
			rule("java/lang/System.getSecurityManager", JVM), rule("java/lang/Runtime.exit", EXIT),
			rule("java/lang/Runtime.halt", EXIT), rule("java/lang/Runtime.exec", PROCESSES),
			rule("java/lang/Runtime.load*", NATIVE), rule("java/lang/Thread.getAllStackTraces", SANDBOX),
			// A pool's own worker threads: only Thread's constructors run under the
			// thread
			// scheduler (ADR 18).
			rule("java/util/concurrent/ForkJoinWorkerThread.<init>*", THREADS),
			rule("java/lang/Thread.enumerate", SANDBOX), rule("java/lang/Class.forName", REFLECTION),
			rule("java/lang/Class.getDeclared*", REFLECTION), rule("java/lang/Class.getMethod*", REFLECTION),
			rule("java/lang/Class.getField*", REFLECTION), rule("java/lang/Class.getConstructor*", REFLECTION),
			rule("java/lang/Class.newInstance", REFLECTION), rule("java/lang/Class.getClassLoader", CLASS_LOADING),
			rule("java/lang/Class.getResource*", CLASS_LOADING), rule("java/lang/Class.getModule", REFLECTION),
			rule("java/lang/Class.getProtectionDomain", REFLECTION),
			rule("java/lang/Class.getEnclosingMethod", REFLECTION),
			rule("java/lang/Class.getEnclosingConstructor", REFLECTION),
			rule("java/lang/Class.getRecordComponents", REFLECTION), rule("java/lang/Class.getSigners", REFLECTION),
			rule("java/io/PrintStream.<init>(Ljava/lang/String;*", FILES),
			rule("java/io/PrintWriter.<init>(Ljava/lang/String;*", FILES),
			rule("java/util/Formatter.<init>(Ljava/lang/String;*", FILES),
			rule("java/util/GregorianCalendar.<init>()V", CLOCK),
			rule("java/util/GregorianCalendar.<init>(Ljava/util/TimeZone;)V", CLOCK),
			rule("java/util/GregorianCalendar.<init>(Ljava/util/Locale;)V", CLOCK),
			rule("java/util/GregorianCalendar.<init>(Ljava/util/TimeZone;Ljava/util/Locale;)V", CLOCK));

	private static final Map<String, List<MemberRule>> CLOSED_MEMBERS_BY_OWNER = CLOSED_MEMBERS.stream()
		.collect(Collectors.groupingBy(MemberRule::owner));

	/**
	 * Runtime is closed but for what a program may want to know about the JVM it runs in
	 * (chapter 2 asks it for the number of processors).
	 */
	private static final Set<String> OPEN_RUNTIME_MEMBERS = Set.of("getRuntime", "availableProcessors", "freeMemory",
			"totalMemory", "maxMemory", "version");

	/** For the message only: the family of a class outside the allowlist, by prefix. */
	private static final List<Map.Entry<String, ApiFamily>> CLOSED_PACKAGE_FAMILIES = List.of(
			Map.entry("java/io/File", FILES), Map.entry("java/io/RandomAccessFile", FILES),
			Map.entry("java/nio/file/", FILES), Map.entry("java/io/Object", SERIALIZATION),
			Map.entry("java/io/Console", CONSOLE), Map.entry("java/net/", NETWORK),
			Map.entry("java/nio/channels/", NETWORK), Map.entry("java/rmi/", NETWORK), Map.entry("javax/net/", NETWORK),
			Map.entry("jdk/net/", NETWORK), Map.entry("java/lang/reflect/", REFLECTION),
			Map.entry("java/lang/foreign/", NATIVE), Map.entry("jdk/internal/", NATIVE), Map.entry("sun/", NATIVE),
			Map.entry("java/lang/management/", JVM), Map.entry("javax/management/", JVM),
			Map.entry("com/sun/management/", JVM), Map.entry("jdk/jfr/", JVM),
			Map.entry("java/lang/instrument/", CLASS_LOADING), Map.entry("java/security/", CLASS_LOADING),
			Map.entry("dev/looplab/", SANDBOX), Map.entry("org/junit/", SANDBOX), Map.entry("org/opentest4j/", SANDBOX),
			Map.entry("org/apiguardian/", SANDBOX), Map.entry("org/jspecify/", SANDBOX));

	private ApiPolicyRules() {
	}

	/**
	 * The family of a closed class of an open package, or null. A class is closed when
	 * its name, or the name of a class it is nested in, is closed.
	 */
	static ApiFamily closedClass(String type) {
		for (int end = type.length(); end > 0; end = type.lastIndexOf('$', end - 1)) {
			ApiFamily family = CLOSED_CLASSES.get(type.substring(0, end));
			if (family != null) {
				return family;
			}
		}
		return null;
	}

	/** The family of a closed member of an open class, or null. */
	static ApiFamily closedMember(String owner, String name, String descriptor) {
		for (MemberRule rule : CLOSED_MEMBERS_BY_OWNER.getOrDefault(owner, List.of())) {
			if (rule.matches(name, descriptor)) {
				return rule.family();
			}
		}
		boolean runtime = owner.equals("java/lang/Runtime");
		return (runtime && !OPEN_RUNTIME_MEMBERS.contains(name)) ? JVM : null;
	}

	static ApiFamily familyOfClosedPackage(String type) {
		for (Map.Entry<String, ApiFamily> entry : CLOSED_PACKAGE_FAMILIES) {
			if (type.startsWith(entry.getKey())) {
				return entry.getValue();
			}
		}
		return ApiFamily.OTHER;
	}

	static ApiFamily familyOfTypeOnly(String owner) {
		return owner.equals("java/lang/invoke/SerializedLambda") ? SERIALIZATION : METHOD_HANDLES;
	}

	private static MemberRule rule(String pattern, ApiFamily family) {
		int dot = pattern.indexOf('.');
		return new MemberRule(pattern.substring(0, dot), pattern.substring(dot + 1), family);
	}

	/** One closed member, or a group of them named by a prefix. */
	private record MemberRule(String owner, String pattern, ApiFamily family) {

		boolean matches(String name, String descriptor) {
			String subject = this.pattern.contains("(") ? name + descriptor : name;
			return this.pattern.endsWith("*") ? subject.startsWith(this.pattern.substring(0, this.pattern.length() - 1))
					: subject.equals(this.pattern);
		}

	}

}
