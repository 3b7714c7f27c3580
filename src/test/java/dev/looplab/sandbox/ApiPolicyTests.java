package dev.looplab.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The policy's matching rules on names, independent of javac: exact class names, nested
 * classes of closed classes, member rules by descriptor, arrays and learner classes.
 */
class ApiPolicyTests {

	private final ApiPolicy policy = new ApiPolicy(new MemberResolution(Map.of("Main",
			new ClassShape("Main", "java/lang/Object", List.of(), false, Set.of(), Set.of(), Set.of()))));

	@Test
	void classesMatchExactlyNotByPrefix() {
		assertThat(this.policy.forClass("java/lang/RuntimeException")).isNull();
		assertThat(this.policy.forMember("java/lang/RuntimeException", "<init>", "(Ljava/lang/String;)V")).isNull();
		assertThat(this.policy.forClass("java/lang/ProcessBuilder")).isNotNull();
		assertThat(this.policy.forClass("java/lang/Processor")).isNull();
		assertThat(this.policy.forClass("java/lang/ThreadGroup")).isNotNull();
		assertThat(this.policy.forClass("java/lang/ThreadLocal")).isNull();
		assertThat(this.policy.forClass("java/util/ServiceLoader")).isNotNull();
		assertThat(this.policy.forClass("java/util/ServiceConfigurationError")).isNull();
	}

	@Test
	void nestedClassesOfAClosedClassAreClosedAtEveryDepth() {
		assertThat(this.policy.forClass("java/lang/ProcessBuilder$Redirect").family()).isEqualTo(ApiFamily.PROCESSES);
		assertThat(this.policy.forClass("java/lang/ProcessBuilder$Redirect$Type").family())
			.isEqualTo(ApiFamily.PROCESSES);
		assertThat(this.policy.forClass("java/lang/Thread$Builder$OfVirtual")).isNull();
		assertThat(this.policy.forClass("java/lang/Thread$State")).isNull();
		assertThat(this.policy.forClass("java/lang/Thread$UncaughtExceptionHandler")).isNull();
	}

	@Test
	void runtimeIsClosedButForWhatAProgramMayAskAboutItsJvm() {
		assertThat(this.policy.forMember("java/lang/Runtime", "availableProcessors", "()I")).isNull();
		assertThat(
				this.policy.forMember("java/lang/Runtime", "exec", "(Ljava/lang/String;)Ljava/lang/Process;").family())
			.isEqualTo(ApiFamily.PROCESSES);
		assertThat(this.policy.forMember("java/lang/Runtime", "addShutdownHook", "(Ljava/lang/Thread;)V").family())
			.isEqualTo(ApiFamily.JVM);
	}

	@Test
	void memberRulesCanNameADescriptor() {
		assertThat(this.policy.forMember("java/io/PrintStream", "<init>", "(Ljava/lang/String;)V").family())
			.isEqualTo(ApiFamily.FILES);
		assertThat(this.policy.forMember("java/io/PrintStream", "<init>", "(Ljava/io/OutputStream;Z)V")).isNull();
		assertThat(this.policy.forMember("java/util/GregorianCalendar", "<init>", "(III)V")).isNull();
	}

	@Test
	void invokeTypesMayBeNamedButNotCalled() {
		assertThat(this.policy.forClass("java/lang/invoke/MethodHandles$Lookup")).isNull();
		assertThat(this.policy.forMember("java/lang/invoke/MethodHandles", "lookup",
				"()Ljava/lang/invoke/MethodHandles$Lookup;"))
			.isNotNull();
		assertThat(this.policy.forMember("java/lang/invoke/VarHandle", "fullFence", "()V")).isNull();
		assertThat(this.policy.forBootstrap("java/lang/invoke/LambdaMetafactory", "metafactory", false)).isNull();
		assertThat(this.policy.forBootstrap("java/lang/invoke/ConstantBootstraps", "invoke", true)).isNull();
		assertThat(this.policy.forBootstrap("java/lang/invoke/ConstantBootstraps", "invoke", false)).isNotNull();
	}

	@Test
	void membersAreJudgedWhereTheyAreDeclared() {
		String worker = "java/util/concurrent/ForkJoinWorkerThread";
		assertThat(this.policy.forMember(worker, "getAllStackTraces", "()Ljava/util/Map;")).isNull();
		assertThat(this.policy.forReference(worker, "getAllStackTraces", "()Ljava/util/Map;"))
			.isEqualTo(new ApiPolicy.Denial("java/lang/Thread.getAllStackTraces", ApiFamily.SANDBOX));
		assertThat(this.policy.forReference(worker, "enumerate", "([Ljava/lang/Thread;)I").family())
			.isEqualTo(ApiFamily.SANDBOX);
		assertThat(this.policy.forReference(worker, "startVirtualThread", "(Ljava/lang/Runnable;)Ljava/lang/Thread;"))
			.isNull();
		assertThat(this.policy.forReference(worker, "getPool", "()Ljava/util/concurrent/ForkJoinPool;")).isNull();
		assertThat(this.policy.forReference(worker, "getName", "()Ljava/lang/String;")).isNull();
		assertThat(this.policy.forReference("java/lang/StringBuilder", "append",
				"(Ljava/lang/String;)Ljava/lang/StringBuilder;"))
			.isNull();
	}

	@Test
	void aConstructorIsJudgedAtEverySuperclass() {
		assertThat(this.policy.forReference("java/util/concurrent/ForkJoinWorkerThread", "<init>",
				"(Ljava/util/concurrent/ForkJoinPool;)V"))
			.isEqualTo(new ApiPolicy.Denial("java/util/concurrent/ForkJoinWorkerThread.<init>", ApiFamily.THREADS));
		assertThat(
				this.policy.forReference("java/util/PropertyResourceBundle", "<init>", "(Ljava/io/Reader;)V").family())
			.isEqualTo(ApiFamily.CLASS_LOADING);
		assertThat(this.policy.forReference("java/util/concurrent/ConcurrentHashMap", "<init>", "()V")).isNull();
	}

	@Test
	void membersThatTakeALookupAreClosed() {
		assertThat(this.policy
			.forReference("java/lang/constant/MethodHandleDesc", "resolveConstantDesc",
					"(Ljava/lang/invoke/MethodHandles$Lookup;)Ljava/lang/invoke/MethodHandle;")
			.family()).isEqualTo(ApiFamily.METHOD_HANDLES);
		assertThat(this.policy.forReference("java/lang/constant/DynamicCallSiteDesc", "resolveCallSiteDesc",
				"(Ljava/lang/invoke/MethodHandles$Lookup;)Ljava/lang/invoke/CallSite;"))
			.isNotNull();
		assertThat(this.policy.forReference("java/lang/constant/ClassDesc", "of",
				"(Ljava/lang/String;)Ljava/lang/constant/ClassDesc;"))
			.isNull();
	}

	@Test
	void arraysAreJudgedByTheirElementsAndLearnerClassesAreOpen() {
		assertThat(this.policy.forClass("[[Ljava/io/File;")).isNotNull();
		assertThat(this.policy.forClass("[I")).isNull();
		assertThat(this.policy.forClass("[LMain;")).isNull();
		assertThat(this.policy.forDescriptor("(LMain;[Ljava/net/Socket;)V", "Main.use").family())
			.isEqualTo(ApiFamily.NETWORK);
	}

	@Test
	void displayNamesReadLikeJava() {
		assertThat(new ApiPolicy.Denial("java/lang/Thread$Builder.name", ApiFamily.THREADS).displayName())
			.isEqualTo("java.lang.Thread.Builder.name");
		assertThat(new ApiPolicy.Denial("java/lang/Thread.<init>", ApiFamily.THREADS).displayName())
			.isEqualTo("new java.lang.Thread");
	}

}
