package dev.looplab.sandbox;

import java.lang.classfile.Attributes;
import java.lang.classfile.BootstrapMethodEntry;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeElement;
import java.lang.classfile.CodeModel;
import java.lang.classfile.FieldModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.constantpool.ClassEntry;
import java.lang.classfile.constantpool.ConstantDynamicEntry;
import java.lang.classfile.constantpool.DynamicConstantPoolEntry;
import java.lang.classfile.constantpool.LoadableConstantEntry;
import java.lang.classfile.constantpool.MemberRefEntry;
import java.lang.classfile.constantpool.MethodHandleEntry;
import java.lang.classfile.constantpool.MethodTypeEntry;
import java.lang.classfile.constantpool.PoolEntry;
import java.lang.classfile.instruction.ConstantInstruction;
import java.lang.classfile.instruction.FieldInstruction;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.classfile.instruction.LineNumber;
import java.lang.classfile.instruction.NewMultiArrayInstruction;
import java.lang.classfile.instruction.NewObjectInstruction;
import java.lang.classfile.instruction.NewReferenceArrayInstruction;
import java.lang.classfile.instruction.TypeCheckInstruction;
import java.lang.reflect.AccessFlag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a learner's classes against the {@link ApiPolicy} before anything runs. It reads
 * the code of every method first, so that a use is reported at its source line (a
 * lambda's body has its own lines), then the declarations (field and method types,
 * generic signatures, superclass, native methods), then every constant-pool entry, so
 * that nothing the JVM could link to goes unchecked.
 */
final class BytecodeCheck {

	/** Nested dynamic constants are legal but never deep in javac's output. */
	private static final int MAX_CONSTANT_DEPTH = 8;

	private final BytecodeSubmission submission;

	private final ApiPolicy policy;

	/** The first use of each API in each class, in the order found. */
	private final Map<String, BytecodeViolation> found = new LinkedHashMap<>();

	private ClassModel current;

	private BytecodeCheck(BytecodeSubmission submission) {
		this.submission = submission;
		this.policy = new ApiPolicy(submission.resolution());
	}

	/**
	 * Every forbidden use, the ones with a known line first; empty when all is allowed.
	 */
	static List<BytecodeViolation> check(BytecodeSubmission submission) {
		BytecodeCheck check = new BytecodeCheck(submission);
		for (ClassModel model : submission.classes()) {
			check.current = model;
			check.checkClass(model);
		}
		List<BytecodeViolation> violations = new ArrayList<>(check.found.values());
		violations
			.sort(Comparator.comparing((BytecodeViolation v) -> v.line() == 0).thenComparing(BytecodeViolation::line));
		return violations;
	}

	private void checkClass(ClassModel model) {
		String name = model.thisClass().asInternalName();
		if (name.startsWith("dev/looplab/")) {
			report(new ApiPolicy.Denial(name, ApiFamily.SANDBOX), 0);
		}
		for (MethodModel method : model.methods()) {
			method.code().ifPresent(this::checkCode);
		}
		checkDeclarations(model);
		checkPool(model);
	}

	private void checkCode(CodeModel code) {
		int line = 0;
		for (CodeElement element : code) {
			switch (element) {
				case LineNumber number -> line = number.line();
				case InvokeInstruction invoke -> member(invoke.method(), line);
				case FieldInstruction field -> member(field.field(), line);
				case InvokeDynamicInstruction dynamic -> dynamic(dynamic.invokedynamic(), line, 0);
				case ConstantInstruction.LoadConstantInstruction load -> constant(load.constantEntry(), line, 0);
				case TypeCheckInstruction check -> type(check.type(), line);
				case NewObjectInstruction created -> type(created.className(), line);
				case NewReferenceArrayInstruction array -> type(array.componentType(), line);
				case NewMultiArrayInstruction array -> type(array.arrayType(), line);
				default -> {
				}
			}
		}
	}

	private void checkDeclarations(ClassModel model) {
		model.superclass().ifPresent((superclass) -> type(superclass, 0));
		model.interfaces().forEach((implemented) -> type(implemented, 0));
		model.findAttribute(Attributes.signature())
			.ifPresent((signature) -> types(BytecodeSignatures.classesIn(signature.asClassSignature()), 0));
		for (FieldModel field : model.fields()) {
			descriptor(field.fieldType().stringValue(), 0);
			field.findAttribute(Attributes.signature())
				.ifPresent((signature) -> types(BytecodeSignatures.classesIn(signature.asTypeSignature()), 0));
		}
		for (MethodModel method : model.methods()) {
			descriptor(method.methodType().stringValue(), 0);
			method.findAttribute(Attributes.signature())
				.ifPresent((signature) -> types(BytecodeSignatures.classesIn(signature.asMethodSignature()), 0));
			method.findAttribute(Attributes.exceptions())
				.ifPresent((thrown) -> thrown.exceptions().forEach((exception) -> type(exception, 0)));
			if (method.flags().has(AccessFlag.NATIVE)) {
				String api = model.thisClass().asInternalName() + "." + method.methodName().stringValue();
				report(new ApiPolicy.Denial(api, ApiFamily.NATIVE), 0);
			}
		}
	}

	/**
	 * Entries no instruction or declaration used: inner-class and nest attributes,
	 * annotations' types, entries left over. Bootstrap methods are checked where they are
	 * used, so their own references are skipped here.
	 */
	private void checkPool(ClassModel model) {
		Set<Integer> bootstraps = new HashSet<>();
		for (int i = 0; i < model.constantPool().bootstrapMethodCount(); i++) {
			MethodHandleEntry handle = model.constantPool().bootstrapMethodEntry(i).bootstrapMethod();
			bootstraps.add(handle.index());
			bootstraps.add(handle.reference().index());
		}
		for (PoolEntry entry : model.constantPool()) {
			if (bootstraps.contains(entry.index())) {
				continue;
			}
			switch (entry) {
				case ClassEntry type -> type(type, 0);
				case MemberRefEntry member -> member(member, 0);
				case MethodHandleEntry handle -> member(handle.reference(), 0);
				case MethodTypeEntry methodType -> descriptor(methodType.descriptor().stringValue(), 0);
				case DynamicConstantPoolEntry dynamic -> dynamic(dynamic, 0, 0);
				default -> {
				}
			}
		}
	}

	private void member(MemberRefEntry member, int line) {
		String owner = member.owner().asInternalName();
		String name = member.name().stringValue();
		String descriptor = member.type().stringValue();
		if (this.policy.declaredByLearner(owner, name, descriptor)) {
			// Only the types its descriptor names can be at fault.
			descriptor(descriptor, line);
		}
		else {
			report(this.policy.forReference(owner, name, descriptor), line);
		}
	}

	private void dynamic(DynamicConstantPoolEntry dynamic, int line, int depth) {
		BootstrapMethodEntry bootstrap = dynamic.bootstrap();
		MemberRefEntry method = bootstrap.bootstrapMethod().reference();
		boolean constant = dynamic instanceof ConstantDynamicEntry;
		report(this.policy.forBootstrap(method.owner().asInternalName(), method.name().stringValue(), constant), line);
		descriptor(dynamic.type().stringValue(), line);
		for (LoadableConstantEntry argument : bootstrap.arguments()) {
			constant(argument, line, depth + 1);
		}
	}

	private void constant(LoadableConstantEntry entry, int line, int depth) {
		if (depth > MAX_CONSTANT_DEPTH) {
			report(new ApiPolicy.Denial("java/lang/invoke/ConstantBootstraps", ApiFamily.METHOD_HANDLES), line);
			return;
		}
		switch (entry) {
			case ClassEntry type -> type(type, line);
			case MethodHandleEntry handle -> member(handle.reference(), line);
			case MethodTypeEntry methodType -> descriptor(methodType.descriptor().stringValue(), line);
			case ConstantDynamicEntry dynamic -> dynamic(dynamic, line, depth);
			default -> {
			}
		}
	}

	private void type(ClassEntry type, int line) {
		report(this.policy.forClass(type.asInternalName()), line);
	}

	private void types(List<String> internalNames, int line) {
		internalNames.forEach((name) -> report(this.policy.forClass(name), line));
	}

	private void descriptor(String descriptor, int line) {
		types(ApiPolicy.classesIn(descriptor), line);
	}

	private void report(ApiPolicy.Denial denial, int line) {
		if (denial != null) {
			this.found.putIfAbsent(this.current.thisClass().asInternalName() + " " + denial.api(),
					new BytecodeViolation(this.submission.binaryName(this.current), line, denial));
		}
	}

}
