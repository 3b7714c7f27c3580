package dev.looplab.sandbox;

import java.lang.classfile.ClassBuilder;
import java.lang.classfile.ClassElement;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.MethodHandleDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.reflect.AccessFlag;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rewrites a learner's checked classes before they run: a {@code Budget.tick()} at every
 * method entry and loop header, and the clock and sleep calls of
 * {@link InstrumentRedirects} turned into runner hooks. A method reference to a
 * redirected API ({@code System::nanoTime}) cannot be rewritten in place, so the lambda
 * points to a small bridge method added to the class instead.
 */
final class Instrumenter implements ClassTransform {

	private final BytecodeSubmission submission;

	private final ClassDesc self;

	private final boolean isInterface;

	/** Bridges to add at the end of the class, by the handle they replace. */
	private final Map<DirectMethodHandleDesc, Bridge> bridges = new LinkedHashMap<>();

	private Instrumenter(BytecodeSubmission submission, ClassModel model) {
		this.submission = submission;
		this.self = model.thisClass().asSymbol();
		this.isInterface = model.flags().has(AccessFlag.INTERFACE);
	}

	/** The instrumented bytes of every class, by binary name. */
	static Map<String, byte[]> instrument(BytecodeSubmission submission) {
		ClassFile classFile = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(submission.hierarchy()));
		Map<String, byte[]> instrumented = new LinkedHashMap<>();
		for (ClassModel model : submission.classes()) {
			instrumented.put(submission.binaryName(model),
					classFile.transformClass(model, new Instrumenter(submission, model)));
		}
		return instrumented;
	}

	@Override
	public void accept(ClassBuilder builder, ClassElement element) {
		if (element instanceof MethodModel method && method.code().isPresent()) {
			builder.transformMethod(method, (methodBuilder, methodElement) -> {
				if (methodElement instanceof CodeModel code) {
					methodBuilder.transformCode(code, new InstrumentCode(code, this));
				}
				else {
					methodBuilder.with(methodElement);
				}
			});
		}
		else {
			builder.with(element);
		}
	}

	@Override
	public void atEnd(ClassBuilder builder) {
		this.bridges.values().forEach((bridge) -> bridge.addTo(builder));
	}

	BytecodeSubmission submission() {
		return this.submission;
	}

	/** A handle to a bridge in this class that makes the redirected call. */
	DirectMethodHandleDesc bridgeFor(DirectMethodHandleDesc handle, InstrumentRedirects.Call call,
			InstrumentRedirects.Redirect redirect) {
		Bridge bridge = this.bridges.computeIfAbsent(handle,
				(key) -> new Bridge("looplab$redirect$" + this.bridges.size(), handle.invocationType(), call,
						redirect));
		return MethodHandleDesc.ofMethod(
				this.isInterface ? DirectMethodHandleDesc.Kind.INTERFACE_STATIC : DirectMethodHandleDesc.Kind.STATIC,
				this.self, bridge.name(), bridge.type());
	}

	/** A private static method that takes the handle's arguments and makes its call. */
	private record Bridge(String name, MethodTypeDesc type, InstrumentRedirects.Call call,
			InstrumentRedirects.Redirect redirect) {

		void addTo(ClassBuilder builder) {
			int flags = ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC | ClassFile.ACC_SYNTHETIC;
			builder.withMethodBody(this.name, this.type, flags, (code) -> {
				if (this.call.name().equals("<init>")) {
					code.new_(this.type.returnType());
					code.dup();
				}
				int slot = 0;
				for (ClassDesc parameter : this.type.parameterList()) {
					TypeKind kind = TypeKind.from(parameter);
					code.loadLocal(kind, slot);
					slot += kind.slotSize();
				}
				this.redirect.emit(code, this.call);
				code.return_(TypeKind.from(this.type.returnType()));
			});
		}

	}

}
