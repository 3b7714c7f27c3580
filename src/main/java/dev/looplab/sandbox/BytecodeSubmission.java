package dev.looplab.sandbox;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.FieldModel;
import java.lang.classfile.MethodModel;
import java.lang.constant.ClassDesc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The classes compiled from one learner's source, parsed: which names are the learner's
 * own, what each extends and declares. The checker uses it to tell the learner's members
 * from inherited platform ones; the instrumenter to compute stack maps, which need the
 * common superclass of two learner types.
 */
final class BytecodeSubmission {

	/**
	 * Platform classes only: never a class of the server's own class path, whatever name
	 * learner code mentions.
	 */
	private static final ClassHierarchyResolver PLATFORM = ClassHierarchyResolver
		.ofClassLoading(ClassLoader.getPlatformClassLoader());

	/**
	 * The learner runtime's classes (TaskGroup, Future, ...; ScheduledThread), which
	 * learner code may extend or join at a branch: read from their class files, never
	 * loaded.
	 */
	private static final ClassHierarchyResolver LEARNER_RUNTIME = learnerRuntime();

	private final Map<String, ClassModel> models;

	private final Map<String, String> binaryNames;

	private final Set<String> members = new HashSet<>();

	private final MemberResolution resolution;

	private BytecodeSubmission(Map<String, ClassModel> models, Map<String, String> binaryNames) {
		this.models = models;
		this.binaryNames = binaryNames;
		Map<String, ClassShape> shapes = new HashMap<>();
		models.forEach((name, model) -> shapes.put(name, ClassShape.of(model)));
		this.resolution = new MemberResolution(shapes);
		for (ClassModel model : models.values()) {
			String owner = model.thisClass().asInternalName();
			for (MethodModel method : model.methods()) {
				this.members.add(owner + "." + method.methodName().stringValue() + method.methodType().stringValue());
			}
			for (FieldModel field : model.fields()) {
				this.members.add(owner + "." + field.fieldName().stringValue());
			}
		}
	}

	/**
	 * @param classes class bytes by binary name, as the compiler produced them
	 */
	static BytecodeSubmission parse(Map<String, byte[]> classes) {
		ClassFile parser = ClassFile.of();
		Map<String, ClassModel> models = new LinkedHashMap<>();
		Map<String, String> binaryNames = new HashMap<>();
		classes.forEach((binaryName, bytes) -> {
			ClassModel model = parser.parse(bytes);
			models.put(model.thisClass().asInternalName(), model);
			binaryNames.put(model.thisClass().asInternalName(), binaryName);
		});
		return new BytecodeSubmission(models, binaryNames);
	}

	Iterable<ClassModel> classes() {
		return this.models.values();
	}

	String binaryName(ClassModel model) {
		return this.binaryNames.get(model.thisClass().asInternalName());
	}

	boolean isLearnerClass(String internalName) {
		return this.models.containsKey(internalName);
	}

	/**
	 * Whether a learner class extends {@code java.lang.Thread}, directly or through
	 * others.
	 */
	boolean extendsThread(String internalName) {
		String type = internalName;
		while (isLearnerClass(type)) {
			ClassModel model = this.models.get(type);
			if (model.superclass().isEmpty()) {
				return false;
			}
			type = model.superclass().get().asInternalName();
		}
		return type.equals("java/lang/Thread") && !type.equals(internalName);
	}

	/** Which class declares a member, the learner's or the platform's. */
	MemberResolution resolution() {
		return this.resolution;
	}

	/**
	 * The platform class whose member a reference names, when the reference is made
	 * through a learner class that inherits it ({@code MyThread.ofPlatform()}); the owner
	 * itself when it is a platform class; null when a learner class declares the member.
	 * Fields are named without a descriptor. (The check goes on to the class that
	 * declares the member, see {@link ApiPolicy#forReference}; the instrumenter's
	 * redirects are keyed by this class.)
	 */
	String platformOwner(String owner, String name, String descriptor) {
		String type = owner;
		String member = (descriptor.startsWith("(")) ? name + descriptor : name;
		while (isLearnerClass(type)) {
			if (this.members.contains(type + "." + member)) {
				return null;
			}
			ClassModel model = this.models.get(type);
			if (model.superclass().isEmpty()) {
				return null;
			}
			type = model.superclass().get().asInternalName();
		}
		return type;
	}

	/**
	 * Resolves the learner's classes from their own bytes and everything else from the
	 * platform.
	 */
	ClassHierarchyResolver hierarchy() {
		List<ClassDesc> interfaces = new ArrayList<>();
		Map<ClassDesc, ClassDesc> superclasses = new HashMap<>();
		for (ClassModel model : this.models.values()) {
			ClassDesc self = model.thisClass().asSymbol();
			if (model.flags().has(java.lang.reflect.AccessFlag.INTERFACE)) {
				interfaces.add(self);
			}
			else {
				superclasses.put(self, model.superclass().map((entry) -> entry.asSymbol()).orElse(null));
			}
		}
		return ClassHierarchyResolver.of(interfaces, superclasses).orElse(LEARNER_RUNTIME).orElse(PLATFORM);
	}

	private static ClassHierarchyResolver learnerRuntime() {
		ClassHierarchyResolver runtime = ClassHierarchyResolver
			.ofResourceParsing(BytecodeSubmission.class.getClassLoader())
			.cached();
		// ScheduledThread, which a learner's Thread subclass extends on the virtual
		// clock.
		return (type) -> (type.packageName().equals("dev.looplab.aio")
				|| type.packageName().equals("dev.looplab.runner.threads")) ? runtime.getClassInfo(type) : null;
	}

}
