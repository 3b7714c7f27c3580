package dev.looplab.sandbox;

import java.lang.classfile.Annotation;
import java.lang.classfile.AnnotationElement;
import java.lang.classfile.ClassFile;
import java.lang.classfile.attribute.RuntimeVisibleAnnotationsAttribute;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.util.List;
import java.util.Map;

import dev.looplab.runner.Protocol;

/**
 * The job a training run of the runner executes: a grading of a hello-world class by one
 * test, both generated rather than compiled so that training needs no compiler. It takes
 * the runner through the path every learner program takes (reading the job, defining
 * classes, finding and calling main, printing, exiting) and through the JUnit Platform
 * and the test kit, which is what the AOT cache then has ready: a plain run loads only
 * the classes it needs from it, a grading finds JUnit's there too.
 */
final class AotTrainingJob {

	static final String CLASS_NAME = "LooplabAotTraining";

	static final String TEST_CLASS_NAME = "LooplabAotTrainingTests";

	private static final ClassDesc PROGRAM = ClassDesc.of("dev.looplab.testkit.Program");

	private static final ClassDesc PROGRAM_RUN = ClassDesc.of("dev.looplab.testkit.ProgramRun");

	private static final ClassDesc EXPECT = ClassDesc.of("dev.looplab.testkit.Expect");

	private AotTrainingJob() {
	}

	static Protocol.Job job() {
		return new Protocol.Job(CLASS_NAME, Map.of(CLASS_NAME, hello()), Protocol.Job.DEFAULT_CPU_LIMIT_MILLIS, true,
				Protocol.Job.NO_SEED, new Protocol.Tests(List.of(TEST_CLASS_NAME), Map.of(TEST_CLASS_NAME, test())));
	}

	private static byte[] hello() {
		ClassDesc printStream = ClassDesc.of("java.io.PrintStream");
		return ClassFile.of()
			.build(ClassDesc.of(CLASS_NAME), (type) -> type.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL)
				.withMethodBody("main", MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_String.arrayType()),
						ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC,
						(code) -> code.getstatic(ClassDesc.of("java.lang.System"), "out", printStream)
							.ldc("trained " + CLASS_NAME)
							.invokevirtual(printStream, "println",
									MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_String))
							.return_()));
	}

	/**
	 * {@code class LooplabAotTrainingTests { @Test @Points(1) void runs() { ... } }},
	 * whose test runs main and checks it with the test kit.
	 */
	private static byte[] test() {
		MethodTypeDesc checkRun = MethodTypeDesc.of(ConstantDescs.CD_void, PROGRAM_RUN);
		return ClassFile.of()
			.build(ClassDesc.of(TEST_CLASS_NAME),
					(type) -> type.withFlags(ClassFile.ACC_SUPER)
						.withMethodBody(ConstantDescs.INIT_NAME, ConstantDescs.MTD_void, 0,
								(code) -> code.aload(0)
									.invokespecial(ConstantDescs.CD_Object, ConstantDescs.INIT_NAME,
											ConstantDescs.MTD_void)
									.return_())
						.withMethod("runs", ConstantDescs.MTD_void, 0,
								(method) -> method
									.with(RuntimeVisibleAnnotationsAttribute.of(
											Annotation.of(ClassDesc.of("org.junit.jupiter.api.Test")),
											Annotation.of(
													ClassDesc.of("dev.looplab.testkit.Points"),
													AnnotationElement.ofInt("value", 1))))
									.withCode(
											(code) -> code.invokestatic(PROGRAM, "run", MethodTypeDesc.of(PROGRAM_RUN))
												.astore(1)
												.aload(1)
												.invokestatic(EXPECT, "completes", checkRun)
												.aload(1)
												.ldc("trained " + CLASS_NAME)
												.invokestatic(EXPECT, "printed",
														MethodTypeDesc.of(ConstantDescs.CD_void, PROGRAM_RUN,
																ConstantDescs.CD_String))
												.aload(1)
												.ldc(1.0)
												.ldc("")
												.invokestatic(EXPECT, "finishesWithin",
														MethodTypeDesc.of(ConstantDescs.CD_void, PROGRAM_RUN,
																ConstantDescs.CD_double, ConstantDescs.CD_String))
												.return_())));
	}

}
