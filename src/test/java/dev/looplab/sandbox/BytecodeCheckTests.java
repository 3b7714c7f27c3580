package dev.looplab.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The allowlist check on javac's real output: every forbidden family is found at the
 * learner's line, including through lambdas, method references and declarations, and
 * ordinary programs pass untouched.
 */
class BytecodeCheckTests {

	/** The statement under test sits on line 4. */
	private static String inMain(String statement) {
		return """
				import java.util.*; import java.util.function.*; import java.util.concurrent.*;
				public class Main {
					public static void main(String[] args) throws Exception {
						%s
					}
				}
				""".formatted(statement);
	}

	static Stream<Arguments> forbiddenStatements() {
		return Stream.of(
				Arguments.of("java.nio.file.Files.writeString(java.nio.file.Path.of(\"x\"), \"y\");",
						"java.nio.file.Path.of", ApiFamily.FILES),
				Arguments.of("new java.io.FileWriter(\"x\").close();", "java.io.FileWriter", ApiFamily.FILES),
				Arguments.of("new java.io.PrintWriter(\"out.txt\").close();", "new java.io.PrintWriter",
						ApiFamily.FILES),
				Arguments.of("new Formatter(\"out.txt\");", "new java.util.Formatter", ApiFamily.FILES),
				Arguments.of("new java.io.RandomAccessFile(\"x\", \"rw\");", "java.io.RandomAccessFile",
						ApiFamily.FILES),
				Arguments.of("new java.net.Socket(\"localhost\", 80);", "java.net.Socket", ApiFamily.NETWORK),
				Arguments.of("new java.net.ServerSocket(8080);", "java.net.ServerSocket", ApiFamily.NETWORK),
				Arguments.of("java.net.http.HttpClient.newHttpClient();", "java.net.http.HttpClient.newHttpClient",
						ApiFamily.NETWORK),
				Arguments.of("System.inheritedChannel();", "java.lang.System.inheritedChannel", ApiFamily.NETWORK),
				Arguments.of("new ProcessBuilder(\"ls\").start();", "java.lang.ProcessBuilder", ApiFamily.PROCESSES),
				Arguments.of("Runtime.getRuntime().exec(new String[] {\"ls\"});", "java.lang.Runtime.exec",
						ApiFamily.PROCESSES),
				Arguments.of("ProcessHandle.current().pid();", "java.lang.ProcessHandle.current", ApiFamily.PROCESSES),
				Arguments.of("System.exit(3);", "java.lang.System.exit", ApiFamily.EXIT),
				Arguments.of("Runtime.getRuntime().halt(3);", "java.lang.Runtime.halt", ApiFamily.EXIT),
				Arguments.of("System.getenv(\"HOME\");", "java.lang.System.getenv", ApiFamily.ENVIRONMENT),
				Arguments.of("System.setProperty(\"a\", \"b\");", "java.lang.System.setProperty",
						ApiFamily.ENVIRONMENT),
				Arguments.of("System.getProperties();", "java.lang.System.getProperties", ApiFamily.ENVIRONMENT),
				Arguments.of("System.setOut(System.err);", "java.lang.System.setOut", ApiFamily.CONSOLE),
				Arguments.of("System.setIn(null);", "java.lang.System.setIn", ApiFamily.CONSOLE),
				Arguments.of("System.console();", "java.lang.System.console", ApiFamily.CONSOLE),
				Arguments.of("Runtime.getRuntime().addShutdownHook(null);", "java.lang.Runtime.addShutdownHook",
						ApiFamily.JVM),
				Arguments.of("Class.forName(\"java.lang.Runtime\");", "java.lang.Class.forName", ApiFamily.REFLECTION),
				Arguments.of("Main.class.getDeclaredMethods();", "java.lang.Class.getDeclaredMethods",
						ApiFamily.REFLECTION),
				Arguments.of("String.class.getMethod(\"length\");", "java.lang.Class.getMethod", ApiFamily.REFLECTION),
				Arguments.of("Main.class.getConstructor().newInstance();", "java.lang.Class.getConstructor",
						ApiFamily.REFLECTION),
				Arguments.of("java.lang.reflect.Array.newInstance(String.class, 3);",
						"java.lang.reflect.Array.newInstance", ApiFamily.REFLECTION),
				Arguments.of(
						"java.lang.invoke.MethodHandles.lookup().findStatic(System.class, \"exit\", java.lang.invoke.MethodType.methodType(void.class, int.class));",
						"java.lang.invoke.MethodHandles.lookup", ApiFamily.METHOD_HANDLES),
				Arguments.of("Main.class.getClassLoader();", "java.lang.Class.getClassLoader", ApiFamily.CLASS_LOADING),
				Arguments.of("ClassLoader.getSystemClassLoader();", "java.lang.ClassLoader.getSystemClassLoader",
						ApiFamily.CLASS_LOADING),
				Arguments.of("Thread.currentThread().getContextClassLoader();",
						"java.lang.Thread.getContextClassLoader", ApiFamily.CLASS_LOADING),
				Arguments.of("java.lang.foreign.Linker.nativeLinker();", "java.lang.foreign.Linker.nativeLinker",
						ApiFamily.NATIVE),
				Arguments.of("java.lang.foreign.Arena.ofConfined();", "java.lang.foreign.Arena.ofConfined",
						ApiFamily.NATIVE),
				Arguments.of("System.loadLibrary(\"x\");", "java.lang.System.loadLibrary", ApiFamily.NATIVE),
				Arguments.of("new ThreadGroup(\"g\");", "java.lang.ThreadGroup", ApiFamily.THREADS),
				Arguments.of("Thread.getAllStackTraces();", "java.lang.Thread.getAllStackTraces", ApiFamily.SANDBOX),
				Arguments.of("new java.io.ObjectOutputStream(new java.io.ByteArrayOutputStream());",
						"java.io.ObjectOutputStream", ApiFamily.SERIALIZATION),
				Arguments.of("ServiceLoader.load(Runnable.class);", "java.util.ServiceLoader.load", ApiFamily.SERVICES),
				Arguments.of("java.lang.management.ManagementFactory.getRuntimeMXBean();",
						"java.lang.management.ManagementFactory.getRuntimeMXBean", ApiFamily.JVM),
				Arguments.of("new GregorianCalendar();", "new java.util.GregorianCalendar", ApiFamily.CLOCK),
				Arguments.of("new javax.swing.JFrame();", "javax.swing.JFrame", ApiFamily.OTHER),
				Arguments.of("java.awt.Toolkit.getDefaultToolkit();", "java.awt.Toolkit.getDefaultToolkit",
						ApiFamily.OTHER),
				Arguments.of("java.sql.DriverManager.getConnection(\"jdbc:h2:mem:x\");",
						"java.sql.DriverManager.getConnection", ApiFamily.OTHER),
				Arguments.of("java.util.logging.Logger.getLogger(\"x\");", "java.util.logging.Logger.getLogger",
						ApiFamily.OTHER),
				Arguments.of("new dev.looplab.runner.Protocol.Job(\"Main\", Map.of());",
						"dev.looplab.runner.Protocol.Job", ApiFamily.SANDBOX));
	}

	@ParameterizedTest
	@MethodSource("forbiddenStatements")
	void rejectsAForbiddenApiAtItsLine(String statement, String api, ApiFamily family) {
		List<BytecodeViolation> violations = check(inMain(statement));
		assertThat(violations).isNotEmpty();
		BytecodeViolation first = violations.getFirst();
		assertThat(first.denial().displayName()).isEqualTo(api);
		assertThat(first.denial().family()).isEqualTo(family);
		assertThat(first.line()).isEqualTo(4);
	}

	static Stream<Arguments> indirectUses() {
		return Stream.of(Arguments.of("Runnable r = () -> System.exit(1);", "java.lang.System.exit"),
				Arguments.of("IntConsumer exit = System::exit;", "java.lang.System.exit"),
				Arguments.of("Supplier<ProcessBuilder> builder = ProcessBuilder::new;", "java.lang.ProcessBuilder"),
				Arguments.of("Callable<Object> c = () -> Class.forName(\"x\");", "java.lang.Class.forName"),
				Arguments.of("List.of(1).forEach((i) -> new ThreadGroup(\"g\"));", "java.lang.ThreadGroup"),
				Arguments.of("Function<String, String> env = System::getenv;", "java.lang.System.getenv"),
				Arguments.of("Object o = java.lang.invoke.MethodType.methodType(void.class);",
						"java.lang.invoke.MethodType.methodType"));
	}

	@ParameterizedTest
	@MethodSource("indirectUses")
	void findsUsesInsideLambdasAndMethodReferences(String statement, String api) {
		BytecodeViolation first = check(inMain(statement)).getFirst();
		assertThat(first.denial().displayName()).isEqualTo(api);
		assertThat(first.line()).isEqualTo(4);
	}

	@Test
	void findsForbiddenTypesInDeclarations() {
		String source = """
				import java.util.*;
				public class Main {
					static int count;
					static List<java.io.File> files = new ArrayList<>();
					static native void peek();
					public static void main(String[] args) {
					}
				}
				class Loader extends ClassLoader {
				}
				""";
		List<BytecodeViolation> violations = check(source);
		assertThat(violations).extracting((v) -> v.denial().displayName())
			.contains("java.io.File", "Main.peek", "java.lang.ClassLoader");
		BytecodeSourceLines lines = new BytecodeSourceLines(source);
		assertThat(violations).allSatisfy((v) -> {
			long line = lines.locate(v)[0];
			switch (v.denial().displayName()) {
				case "java.io.File" -> assertThat(line).isEqualTo(4);
				case "Main.peek" -> assertThat(line).isEqualTo(5);
				case "java.lang.ClassLoader" -> assertThat(line).isEqualTo(9);
				default -> assertThat(line).isPositive();
			}
		});
	}

	@Test
	void inheritedPlatformMembersAreCheckedThroughLearnerSubclasses() {
		String source = """
				public class Main {
					static class Worker extends Thread {
						public void run() {
						}
					}
					public static void main(String[] args) {
						Worker.getAllStackTraces();
					}
				}
				""";
		assertThat(check(source)).extracting((v) -> v.denial().displayName())
			.contains("java.lang.Thread.getAllStackTraces");
	}

	static Stream<Arguments> membersLentByAnAllowedClass() {
		return Stream.of(
				Arguments.of("ForkJoinWorkerThread.getAllStackTraces();", "java.lang.Thread.getAllStackTraces",
						ApiFamily.SANDBOX),
				Arguments.of("ForkJoinWorkerThread.enumerate(new Thread[8]);", "java.lang.Thread.enumerate",
						ApiFamily.SANDBOX),
				Arguments.of("Supplier<Map<Thread, StackTraceElement[]>> s = ForkJoinWorkerThread::getAllStackTraces;",
						"java.lang.Thread.getAllStackTraces", ApiFamily.SANDBOX),
				Arguments.of("new PropertyResourceBundle(new java.io.StringReader(\"a=b\"));",
						"new java.util.PropertyResourceBundle", ApiFamily.CLASS_LOADING),
				Arguments.of("ListResourceBundle.clearCache();", "java.util.ResourceBundle.clearCache",
						ApiFamily.CLASS_LOADING));
	}

	@ParameterizedTest
	@MethodSource("membersLentByAnAllowedClass")
	void membersAreJudgedWhereTheyAreDeclared(String statement, String api, ApiFamily family) {
		BytecodeViolation first = check(inMain(statement)).getFirst();
		assertThat(first.denial().displayName()).isEqualTo(api);
		assertThat(first.denial().family()).isEqualTo(family);
		assertThat(first.line()).isEqualTo(4);
	}

	@Test
	void aSubclassCannotReachThreadsClosedConstructorOrStaticMembers() {
		String source = """
				import java.util.concurrent.*;
				public class Main {
					static class Worker extends ForkJoinWorkerThread {
						Worker(ForkJoinPool pool) {
							super(pool);
						}
						@Override
						protected void onStart() {
							getAllStackTraces().keySet().forEach(Thread::interrupt);
						}
					}
					public static void main(String[] args) {
						new ForkJoinPool(1, Worker::new, null, false).submit(() -> {}).join();
						Worker.startVirtualThread(() -> {});
					}
				}
				""";
		// Thread's own constructors and startVirtualThread are open: the thread scheduler
		// runs them (ADR 18); ForkJoinWorkerThread's stay closed.
		assertThat(check(source)).extracting((v) -> v.line() + " " + v.denial().displayName())
			.containsExactly("5 new java.util.concurrent.ForkJoinWorkerThread", "9 java.lang.Thread.getAllStackTraces");
	}

	@Test
	void constantDescriptionsCannotBeResolved() {
		List<BytecodeViolation> violations = check(inMain(
				"java.lang.constant.MethodHandleDesc exit = java.lang.constant.ConstantDescs.BSM_INVOKE; exit.resolveConstantDesc(null);"));
		assertThat(violations).extracting((v) -> v.denial().displayName())
			.containsExactly("java.lang.constant.MethodHandleDesc.resolveConstantDesc");
		assertThat(violations.getFirst().denial().family()).isEqualTo(ApiFamily.METHOD_HANDLES);
		assertThat(check(inMain("java.lang.constant.ClassDesc.of(\"java.lang.Runtime\").resolveConstantDesc(null);")))
			.extracting((v) -> v.denial().displayName())
			.containsExactly("java.lang.constant.ClassDesc.resolveConstantDesc");
	}

	@Test
	void classesInLooplabPackagesAreRejected() {
		String source = """
				package dev.looplab.runner;
				public class Main {
					public static void main(String[] args) {
					}
				}
				""";
		assertThat(check(source)).extracting((v) -> v.denial().family()).containsExactly(ApiFamily.SANDBOX);
	}

	@Test
	void serializableLambdasNeedSerialization() {
		List<BytecodeViolation> violations = check(inMain("Runnable r = (Runnable & java.io.Serializable) () -> {};"));
		assertThat(violations).extracting((v) -> v.denial().family()).contains(ApiFamily.SERIALIZATION);
	}

	@Test
	void runtimeExceptionIsNotHitByTheRuntimeRule() {
		String source = inMain(
				"""
						try { throw new RuntimeException("boom"); }
								catch (RuntimeException ex) { System.out.println(ex.getMessage() + Runtime.version().feature()); }
								int cores = Runtime.getRuntime().availableProcessors();""");
		assertThat(check(source)).isEmpty();
	}

	@Test
	void ordinaryConcurrencyProgramsPass() {
		String source = """
				import java.math.BigDecimal;
				import java.time.*;
				import java.util.*;
				import java.util.concurrent.*;
				import java.util.concurrent.atomic.AtomicInteger;
				import java.util.concurrent.locks.ReentrantLock;
				import java.util.stream.*;

				public class Main {
					sealed interface Shape permits Circle, Square {}
					record Circle(double r) implements Shape {}
					record Square(double side) implements Shape {}
					enum Color { RED, GREEN }

					static String describe(Object o) {
						return switch (o) {
							case Circle c when c.r() > 1 -> "big circle";
							case Circle c -> "circle";
							case Square s -> "square " + s.side();
							case Color.RED -> "red";
							default -> "other " + o;
						};
					}

					public static void main(String[] args) throws Exception {
						AtomicInteger counter = new AtomicInteger();
						ReentrantLock lock = new ReentrantLock();
						try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
							List<Future<Integer>> results = new ArrayList<>();
							for (int i = 0; i < 4; i++) {
								int n = i;
								results.add(pool.submit(() -> {
									Thread.sleep(10);
									lock.lock();
									try { return counter.addAndGet(n); } finally { lock.unlock(); }
								}));
							}
							for (Future<Integer> result : results) result.get();
						}
						CompletableFuture<String> later = CompletableFuture.supplyAsync(() -> "done").thenApply(String::toUpperCase);
						ExecutorService fixed = Executors.newFixedThreadPool(2);
						fixed.submit(() -> System.out.println(Thread.currentThread().getName())).get(1, TimeUnit.SECONDS);
						fixed.shutdown();
						System.out.printf("%s %d %s%n", later.get(), counter.get(), Stream.of(new Circle(2), Color.RED, new Square(1))
							.map(Main::describe).collect(Collectors.joining(", ")));
						System.out.println(Instant.now().isAfter(Instant.EPOCH) + " " + LocalDateTime.now().getYear()
							+ " " + Duration.ofMillis(System.nanoTime() / 1_000_000).isNegative() + " " + new BigDecimal("1.5"));
						var reader = new java.io.BufferedReader(new java.io.InputStreamReader(System.in));
						var writer = new java.io.PrintWriter(System.out, true);
						writer.println(new Scanner("a b").next() + reader.ready() + new Random(1).nextInt(3));
						String text = \"""
							text block %s
							\""".formatted(Arrays.toString(new int[] {1, 2}.clone()));
						IO.println(text + switch (Color.GREEN) { case RED -> 1; case GREEN -> 2; });
					}
				}
				""";
		assertThat(check(source)).isEmpty();
	}

	@Test
	void theCourseExamplesPass() throws IOException {
		try (Stream<Path> examples = Files.walk(Path.of("content/chapters"))) {
			// Examples, and exercises' starters and references: the code learners run.
			// Exercise
			// tests are trusted and never checked.
			List<Path> sources = examples.filter((p) -> p.toString().endsWith(".java"))
				.filter((p) -> !p.toString().contains("/tests/"))
				.toList();
			assertThat(sources).isNotEmpty();
			for (Path example : sources) {
				assertThat(check(Files.readString(example))).as(example.toString()).isEmpty();
			}
		}
	}

	@Test
	void aRejectionNamesTheApiTheLineAndWhatToDoInstead() {
		String source = """
				public class Main {
					public static void main(String[] args) throws Exception {
						System.out.println("about to start a program");
						var builder = new ProcessBuilder("ls");
						builder.start();
						System.exit(0);
					}
				}
				""";
		Compilation.Compiled compiled = new Compilation.Compiled("Main", BytecodeTestCompiler.compile(source));
		BytecodeGate.Rejected rejected = (BytecodeGate.Rejected) BytecodeGate.prepare(compiled, source);
		assertThat(rejected.message()).startsWith(
				"Line 4 uses java.lang.ProcessBuilder, which programs here cannot use (it starts or controls other programs).")
			.contains("ExecutorService")
			.contains("2 more lines");
		assertThat(rejected.diagnostics()).extracting((d) -> d.line() + ":" + d.column())
			.containsExactly("4:21", "5:11", "6:3");
	}

	@Test
	void aMethodThatOutgrowsTheJvmLimitOnceInstrumentedIsRejected() {
		StringBuilder source = new StringBuilder(
				"public class Main {\n\tstatic int x;\n\tpublic static void main(String[] a) {\n");
		for (int i = 0; i < 3000; i++) {
			source.append("\t\tfor (int i%d = 0; i%d < 2; i%d++) x++;\n".formatted(i, i, i));
		}
		String program = source.append("\t}\n}\n").toString();
		Compilation.Compiled compiled = new Compilation.Compiled("Main", BytecodeTestCompiler.compile(program));
		BytecodeGate.Outcome outcome = BytecodeGate.prepare(compiled, program);
		assertThat(outcome).isInstanceOfSatisfying(BytecodeGate.Rejected.class,
				(rejected) -> assertThat(rejected.message()).startsWith("The program is too large to run here")
					.contains("main(String[])void"));
	}

	private static List<BytecodeViolation> check(String source) {
		return BytecodeCheck.check(BytecodeTestCompiler.submission(source));
	}

}
