package dev.looplab.sandbox;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.CodeElement;
import java.lang.classfile.CodeTransform;
import java.lang.classfile.Label;
import java.lang.classfile.instruction.ReturnInstruction;
import java.lang.constant.ClassDesc;

/**
 * The body of a {@code synchronized} method whose flag was taken off for the thread
 * scheduler: it enters the scheduler's monitor of {@code this} (or of the class, for a
 * static method) first, and leaves it before every return and, through a catch-all
 * handler after the learner's own, when an exception leaves the method; what javac writes
 * for a {@code synchronized} block.
 */
final class SynchronizedMethod implements CodeTransform {

	private final ClassDesc owner;

	private final boolean isStatic;

	private Label start;

	SynchronizedMethod(ClassDesc owner, boolean isStatic) {
		this.owner = owner;
		this.isStatic = isStatic;
	}

	@Override
	public void atStart(CodeBuilder builder) {
		call(builder, "enter");
		this.start = builder.newBoundLabel();
	}

	@Override
	public void accept(CodeBuilder builder, CodeElement element) {
		if (element instanceof ReturnInstruction) {
			call(builder, "exit");
		}
		builder.with(element);
	}

	@Override
	public void atEnd(CodeBuilder builder) {
		Label handler = builder.newBoundLabel();
		call(builder, "exit");
		builder.athrow();
		builder.exceptionCatchAll(this.start, handler, handler);
	}

	private void call(CodeBuilder builder, String hook) {
		if (this.isStatic) {
			builder.ldc(this.owner);
		}
		else {
			builder.aload(0);
		}
		builder.invokestatic(InstrumentThreads.MONITORS, hook, InstrumentThreads.ON_OBJECT);
	}

}
