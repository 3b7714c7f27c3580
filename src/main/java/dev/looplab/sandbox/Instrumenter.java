package dev.looplab.sandbox;

import java.lang.classfile.ClassBuilder;
import java.lang.classfile.ClassElement;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeModel;
import java.lang.classfile.CodeTransform;
import java.lang.classfile.MethodElement;
import java.lang.classfile.MethodModel;
import java.lang.classfile.Superclass;
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

	private final String selfName;

	private final boolean isInterface;

	/** Whether threads and monitors go to the thread scheduler. */
	private final boolean threads;

	/** Bridges to add at the end of the class, by the handle they replace. */
	private final Map<DirectMethodHandleDesc, Bridge> bridges = new LinkedHashMap<>();

	private Instrumenter(BytecodeSubmission submission, ClassModel model, boolean threads) {
		this.submission = submission;
		this.self = model.thisClass().asSymbol();
		this.selfName = model.thisClass().asInternalName();
		this.isInterface = model.flags().has(AccessFlag.INTERFACE);
		this.threads = threads;
	}

	/** The instrumented bytes of every class, by binary name, threads left to the JVM. */
	static Map<String, byte[]> instrument(BytecodeSubmission submission) {
		return instrument(submission, false);
	}

	/**
	 * The instrumented bytes of every class, by binary name.
	 * @param threads whether the learner's threads and monitors go to the thread
	 * scheduler (runs on the virtual clock)
	 */
	static Map<String, byte[]> instrument(BytecodeSubmission submission, boolean threads) {
		ClassFile classFile = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(submission.hierarchy()));
		Map<String, byte[]> instrumented = new LinkedHashMap<>();
		for (ClassModel model : submission.classes()) {
			instrumented.put(submission.binaryName(model),
					classFile.transformClass(model, new Instrumenter(submission, model, threads)));
		}
		return instrumented;
	}

	@Override
	public void accept(ClassBuilder builder, ClassElement element) {
		if (this.threads && element instanceof Superclass superclass
				&& InstrumentThreads.superclassFor(superclass.superclassEntry().asInternalName()) != null) {
			builder.withSuperclass(InstrumentThreads.superclassFor(superclass.superclassEntry().asInternalName()));
		}
		else if (element instanceof MethodModel method && method.code().isPresent()) {
			String name = method.methodName().stringValue();
			boolean renamed = this.threads && InstrumentThreads.renamesRun(this.submission, this.selfName, name,
					method.methodType().stringValue());
			boolean synchronizedFlag = this.threads && method.flags().has(AccessFlag.SYNCHRONIZED);
			int flags = method.flags().flagsMask() & (synchronizedFlag ? ~ClassFile.ACC_SYNCHRONIZED : ~0);
			builder.withMethod(renamed ? InstrumentThreads.RUN_BODY : name, method.methodTypeSymbol(), flags,
					(methodBuilder) -> {
						for (MethodElement methodElement : method) {
							if (methodElement instanceof CodeModel code) {
								CodeTransform body = new InstrumentCode(code, this);
								methodBuilder.transformCode(code, synchronizedFlag ? body
									.andThen(new SynchronizedMethod(this.self, method.flags().has(AccessFlag.STATIC)))
										: body);
							}
							else if (!(methodElement instanceof java.lang.classfile.AccessFlags)) {
								methodBuilder.with(methodElement);
							}
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

	boolean threads() {
		return this.threads;
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
