package dev.looplab.sandbox;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.CodeElement;
import java.lang.classfile.CodeModel;
import java.lang.classfile.CodeTransform;
import java.lang.classfile.Label;
import java.lang.classfile.PseudoInstruction;
import java.lang.classfile.instruction.BranchInstruction;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.classfile.instruction.LabelTarget;
import java.lang.classfile.instruction.LookupSwitchInstruction;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.classfile.instruction.TableSwitchInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.DynamicCallSiteDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.looplab.runner.Budget;

/**
 * Instruments one method body. A tick goes before the first instruction and before the
 * first instruction after each loop header (a label some later branch jumps back to), so
 * that it lands after the label's line number and reports the learner's line. Every loop
 * in Java source has such a backward branch; recursion is caught by the tick at entry.
 */
final class InstrumentCode implements CodeTransform {

	private static final ClassDesc BUDGET = ClassDesc.of(Budget.class.getName());

	private static final MethodTypeDesc TICK = MethodTypeDesc.of(ConstantDescs.CD_void);

	private static final String LAMBDA_METAFACTORY = "java/lang/invoke/LambdaMetafactory";

	private final Set<Label> loopHeaders;

	private final Instrumenter instrumenter;

	private boolean tickDue = true;

	InstrumentCode(CodeModel code, Instrumenter instrumenter) {
		this.loopHeaders = loopHeaders(code);
		this.instrumenter = instrumenter;
	}

	@Override
	public void accept(CodeBuilder builder, CodeElement element) {
		if (element instanceof LabelTarget target) {
			builder.with(element);
			this.tickDue |= this.loopHeaders.contains(target.label());
			return;
		}
		if (element instanceof PseudoInstruction) {
			builder.with(element);
			return;
		}
		if (this.tickDue) {
			builder.invokestatic(BUDGET, "tick", TICK);
			this.tickDue = false;
		}
		if (this.instrumenter.threads()
				&& InstrumentThreads.rewrite(builder, element, this.instrumenter.submission())) {
			return;
		}
		switch (element) {
			case InvokeInstruction invoke -> invoke(builder, invoke);
			case InvokeDynamicInstruction dynamic -> invokeDynamic(builder, dynamic);
			default -> builder.with(element);
		}
	}

	private void invoke(CodeBuilder builder, InvokeInstruction invoke) {
		String name = invoke.name().stringValue();
		String descriptor = invoke.type().stringValue();
		String owner = this.instrumenter.submission().platformOwner(invoke.owner().asInternalName(), name, descriptor);
		InstrumentRedirects.Call call = (owner != null)
				? new InstrumentRedirects.Call(invoke.opcode(), owner, name, descriptor, invoke.isInterface()) : null;
		InstrumentRedirects.Redirect redirect = (call != null) ? InstrumentRedirects.find(call) : null;
		if (redirect != null) {
			redirect.emit(builder, call);
		}
		else {
			builder.with(invoke);
		}
	}

	/** A lambda whose implementation is a redirected API gets a bridge instead. */
	private void invokeDynamic(CodeBuilder builder, InvokeDynamicInstruction dynamic) {
		boolean lambda = dynamic.invokedynamic()
			.bootstrap()
			.bootstrapMethod()
			.reference()
			.owner()
			.asInternalName()
			.equals(LAMBDA_METAFACTORY);
		List<ConstantDesc> arguments = lambda ? dynamic.bootstrapArgs() : List.of();
		DirectMethodHandleDesc scheduled = (this.instrumenter.threads() && arguments.size() > 1
				&& arguments.get(1) instanceof DirectMethodHandleDesc handle) ? InstrumentThreads.constructorFor(handle)
						: null;
		if (scheduled != null) {
			// Thread::new makes a ScheduledThread too.
			List<ConstantDesc> replaced = new ArrayList<>(arguments);
			replaced.set(1, scheduled);
			builder.invokedynamic(DynamicCallSiteDesc.of(dynamic.bootstrapMethod(), dynamic.name().stringValue(),
					dynamic.typeSymbol(), replaced.toArray(ConstantDesc[]::new)));
			return;
		}
		if (arguments.size() > 1 && arguments.get(1) instanceof DirectMethodHandleDesc handle) {
			String owner = this.instrumenter.submission()
				.platformOwner(internalName(handle.owner()), handle.methodName(), handle.lookupDescriptor());
			InstrumentRedirects.Call call = (owner != null) ? InstrumentRedirects.Call.of(handle, owner) : null;
			InstrumentRedirects.Redirect redirect = (call != null) ? InstrumentRedirects.find(call) : null;
			if (redirect != null) {
				List<ConstantDesc> bridged = new ArrayList<>(arguments);
				bridged.set(1, this.instrumenter.bridgeFor(handle, call, redirect));
				builder.invokedynamic(DynamicCallSiteDesc.of(dynamic.bootstrapMethod(), dynamic.name().stringValue(),
						dynamic.typeSymbol(), bridged.toArray(ConstantDesc[]::new)));
				return;
			}
		}
		builder.with(dynamic);
	}

	private static String internalName(ClassDesc type) {
		String descriptor = type.descriptorString();
		return type.isArray() ? descriptor : descriptor.substring(1, descriptor.length() - 1);
	}

	private static Set<Label> loopHeaders(CodeModel code) {
		Set<Label> seen = new HashSet<>();
		Set<Label> headers = new HashSet<>();
		for (CodeElement element : code) {
			List<Label> targets = switch (element) {
				case LabelTarget target -> {
					seen.add(target.label());
					yield List.of();
				}
				case BranchInstruction branch -> List.of(branch.target());
				case TableSwitchInstruction table -> targets(table.defaultTarget(), table.cases());
				case LookupSwitchInstruction lookup -> targets(lookup.defaultTarget(), lookup.cases());
				default -> List.of();
			};
			for (Label target : targets) {
				if (seen.contains(target)) {
					headers.add(target);
				}
			}
		}
		return headers;
	}

	private static List<Label> targets(Label defaultTarget, List<SwitchCase> cases) {
		List<Label> targets = new ArrayList<>();
		targets.add(defaultTarget);
		cases.forEach((switchCase) -> targets.add(switchCase.target()));
		return targets;
	}

}
