package dev.looplab.sandbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the class that declares a member a reference names, the way the JVM resolves it
 * (JVMS 5.4.3): {@code ForkJoinWorkerThread.getAllStackTraces} is {@link Thread}'s
 * method, whatever class the bytecode writes. Learner classes are known from the
 * submission, all others from {@link PlatformClasses}.
 */
final class MemberResolution {

	/** Learner bytecode may be odd; the JDK's hierarchy is never this deep. */
	private static final int MAX_DEPTH = 64;

	private final Map<String, ClassShape> learnerClasses;

	/**
	 * @param learnerClasses the submission's classes by internal name
	 */
	MemberResolution(Map<String, ClassShape> learnerClasses) {
		this.learnerClasses = Map.copyOf(learnerClasses);
	}

	boolean isLearnerClass(String internalName) {
		return this.learnerClasses.containsKey(internalName);
	}

	ClassShape shape(String internalName) {
		ClassShape learner = this.learnerClasses.get(internalName);
		return (learner != null) ? learner : PlatformClasses.find(internalName);
	}

	/**
	 * The classes that declare the member: the owner or its nearest superclass that does;
	 * failing that, the most specific interfaces that do (more than one only when an
	 * interface method is inherited along several paths). Empty when no known class
	 * declares it. Fields are named without a descriptor, methods with one.
	 */
	List<String> declaringClasses(String owner, String name, String descriptor) {
		return descriptor.startsWith("(") ? declaringMethod(owner, name + descriptor) : declaringField(owner, name);
	}

	/**
	 * The superclasses of a class, nearest first, as far as they are known (constructors
	 * of all of them run when an object of the class is created).
	 */
	List<String> superclasses(String type) {
		List<String> chain = new ArrayList<>();
		ClassShape shape = shape(type);
		while (shape != null && shape.superclass() != null && chain.size() < MAX_DEPTH) {
			chain.add(shape.superclass());
			shape = shape(shape.superclass());
		}
		return chain;
	}

	private List<String> declaringMethod(String owner, String method) {
		ClassShape start = shape(owner);
		if (start == null) {
			return List.of();
		}
		// An interface's superclass in its class file is Object, whose public methods
		// an interface method may name.
		List<ClassShape> classes = new ArrayList<>();
		for (ClassShape type = start; type != null && classes.size() < MAX_DEPTH; type = superShape(type)) {
			if (type.methods().contains(method)) {
				return List.of(type.name());
			}
			classes.add(type);
		}
		return mostSpecificInterfaces(classes, method);
	}

	private List<String> mostSpecificInterfaces(List<ClassShape> classes, String method) {
		Set<String> seen = new HashSet<>();
		Deque<String> pending = new ArrayDeque<>();
		classes.forEach((type) -> pending.addAll(type.interfaces()));
		Set<ClassShape> declaring = new LinkedHashSet<>();
		while (!pending.isEmpty() && seen.size() < MAX_DEPTH * 4) {
			String name = pending.removeFirst();
			ClassShape type = seen.add(name) ? shape(name) : null;
			if (type != null) {
				if (type.passesOn(method)) {
					declaring.add(type);
				}
				pending.addAll(type.interfaces());
			}
		}
		List<String> result = new ArrayList<>();
		for (ClassShape candidate : declaring) {
			boolean overridden = declaring.stream()
				.anyMatch((other) -> other != candidate && superinterfaces(other).contains(candidate.name()));
			if (!overridden) {
				result.add(candidate.name());
			}
		}
		return result;
	}

	private Set<String> superinterfaces(ClassShape type) {
		Set<String> all = new HashSet<>();
		Deque<String> pending = new ArrayDeque<>(type.interfaces());
		while (!pending.isEmpty() && all.size() < MAX_DEPTH * 4) {
			String name = pending.removeFirst();
			ClassShape shape = all.add(name) ? shape(name) : null;
			if (shape != null) {
				pending.addAll(shape.interfaces());
			}
		}
		return all;
	}

	/** JVMS 5.4.3.2: the class itself, then its interfaces, then its superclass. */
	private List<String> declaringField(String owner, String field) {
		Set<String> seen = new HashSet<>();
		int depth = 0;
		for (ClassShape type = shape(owner); type != null && depth++ < MAX_DEPTH; type = superShape(type)) {
			String found = fieldIn(type, field, seen);
			if (found != null) {
				return List.of(found);
			}
		}
		return List.of();
	}

	private String fieldIn(ClassShape type, String field, Set<String> seen) {
		if (type.fields().contains(field)) {
			return type.name();
		}
		for (String implemented : type.interfaces()) {
			ClassShape shape = seen.add(implemented) ? shape(implemented) : null;
			String found = (shape != null) ? fieldIn(shape, field, seen) : null;
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private ClassShape superShape(ClassShape type) {
		return (type.superclass() != null) ? shape(type.superclass()) : null;
	}

}
