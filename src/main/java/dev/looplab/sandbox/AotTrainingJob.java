package dev.looplab.sandbox;

import java.lang.classfile.ClassFile;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.util.Map;

import dev.looplab.runner.Protocol;

/**
 * The job a training run of the runner executes: a hello-world class, generated rather
 * than compiled so that training needs no compiler. It takes the runner through the path
 * every learner program takes (reading the job, defining classes, finding and calling
 * main, printing, exiting), which is what the AOT cache then has ready.
 */
final class AotTrainingJob {

	static final String CLASS_NAME = "LooplabAotTraining";

	private AotTrainingJob() {
	}

	static Protocol.Job job() {
		ClassDesc printStream = ClassDesc.of("java.io.PrintStream");
		byte[] bytes = ClassFile.of()
			.build(ClassDesc.of(CLASS_NAME), (type) -> type.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL)
				.withMethodBody("main", MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_String.arrayType()),
						ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC,
						(code) -> code.getstatic(ClassDesc.of("java.lang.System"), "out", printStream)
							.ldc("trained " + CLASS_NAME)
							.invokevirtual(printStream, "println",
									MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_String))
							.return_()));
		return new Protocol.Job(CLASS_NAME, Map.of(CLASS_NAME, bytes));
	}

}
