package dev.looplab.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeElement;
import java.lang.classfile.MethodModel;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.constant.ConstantDesc;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The instrumenter on javac's real output: ticks where they belong, every clock and sleep
 * call through a hook, and classes that still verify and run the same.
 */
class InstrumenterTests {

	private static final String TICK = "dev/looplab/runner/Budget.tick()V";

	@Test
	void ticksAtMethodEntryAndAtEveryLoopHeader() {
		Map<String, byte[]> classes = instrument("""
				public class Main {
					public static void main(String[] args) {
						int total = 0;
						for (int i = 0; i < 3; i++) {
							int j = 0;
							while (j < i) {
								j++;
							}
							total += j;
						}
						do {
							total--;
						} while (total > 0);
						System.out.println(total);
					}
					static int straight(int x) {
						return x > 0 ? x : -x;
					}
				}
				""");
		ClassModel main = ClassFile.of().parse(classes.get("Main"));
		assertThat(calls(method(main, "main"), TICK)).isEqualTo(4);
		assertThat(calls(method(main, "straight"), TICK)).isEqualTo(1);
		assertThat(calls(method(main, "<init>"), TICK)).isEqualTo(1);
	}

	@Test
	void everyClockAndSleepCallGoesThroughAHook() throws Exception {
		String source = """
				import java.time.*;
				import java.time.chrono.*;
				import java.util.*;
				import java.util.concurrent.TimeUnit;
				import java.util.concurrent.locks.LockSupport;
				import java.util.function.*;

				public class Main {
					interface Nap {
						void take(long millis) throws InterruptedException;
					}

					public static void main(String[] args) throws Exception {
						Object lock = new Object();
						Thread self = Thread.currentThread();
						Thread.sleep(1);
						Thread.sleep(0, 1000);
						Thread.sleep(Duration.ofMillis(1));
						TimeUnit.MILLISECONDS.sleep(1);
						TimeUnit.MILLISECONDS.timedJoin(self, 1);
						synchronized (lock) {
							TimeUnit.MILLISECONDS.timedWait(lock, 1);
							lock.wait(1);
							lock.wait(1, 0);
						}
						self.join(1);
						self.join(1, 0);
						boolean ended = self.join(Duration.ofMillis(1));
						LockSupport.parkNanos(1000);
						LockSupport.parkNanos(lock, 1000);
						LockSupport.parkUntil(System.currentTimeMillis() + 1);
						LockSupport.parkUntil(lock, System.currentTimeMillis() + 1);
						long nanos = System.nanoTime();
						ZoneId utc = ZoneId.of("UTC");
						List<Object> times = List.of(Clock.systemUTC(), Clock.systemDefaultZone(), Clock.system(utc),
								Clock.tickMillis(utc), Clock.tickSeconds(utc), Clock.tickMinutes(utc), InstantSource.system(),
								Calendar.getInstance(), Calendar.getInstance(TimeZone.getTimeZone("UTC")),
								Calendar.getInstance(Locale.ROOT), Calendar.getInstance(TimeZone.getDefault(), Locale.ROOT),
								new Date(), Instant.now(), LocalDate.now(), LocalDateTime.now(utc), LocalTime.now(),
								ZonedDateTime.now(), OffsetDateTime.now(), OffsetTime.now(utc), Year.now(), YearMonth.now(),
								MonthDay.now(), HijrahDate.now(), JapaneseDate.now(utc), IsoChronology.INSTANCE.dateNow());
						Chronology chronology = IsoChronology.INSTANCE;
						LongSupplier clock = System::nanoTime;
						Supplier<Instant> instant = Instant::now;
						Supplier<Date> date = Date::new;
						Function<ZoneId, LocalDate> today = LocalDate::now;
						Nap nap = Thread::sleep;
						Nap unitNap = TimeUnit.MILLISECONDS::sleep;
						nap.take(1);
						unitNap.take(1);
						System.out.println(times.size() + " " + !ended + " " + (clock.getAsLong() >= nanos) + " "
								+ instant.get().isAfter(Instant.EPOCH) + " " + date.get().after(new Date(0)) + " "
								+ today.apply(utc).isAfter(LocalDate.EPOCH) + " "
								+ chronology.dateNow(utc).isAfter(IsoChronology.INSTANCE.date(LocalDate.EPOCH)));
					}
				}
				""";
		Map<String, byte[]> classes = instrument(source);
		List<String> remaining = calledMethods(classes.get("Main")).stream()
			.filter((ref) -> ref.matches(
					".*(\\.sleep|\\.wait\\(J|\\.join\\(|\\.park(Nanos|Until)|\\.nanoTime|\\.currentTimeMillis|\\.system.*|\\.tick(Millis|Seconds|Minutes)|\\.getInstance|\\.now\\(\\)|\\.now\\(Ljava/time/ZoneId;|\\.dateNow\\(\\)|\\.dateNow\\(Ljava/time/ZoneId;).*"))
			.filter((ref) -> !ref.startsWith("dev/looplab/runner/"))
			.toList();
		assertThat(remaining).isEmpty();
		assertThat(run(classes)).isEqualTo("25 true true true true true true");
	}

	@Test
	void ifElseJoiningTwoLearnerTypesGetsItsStackMap() throws Exception {
		Map<String, byte[]> classes = instrument("""
				public class Main {
					static class Animal {
						String sound() { return "..."; }
					}
					static class Dog extends Animal {
						String sound() { return "woof"; }
					}
					static class Cat extends Animal {
						String sound() { return "meow"; }
					}
					public static void main(String[] args) {
						StringBuilder heard = new StringBuilder();
						for (int i = 0; i < 2; i++) {
							Animal animal;
							if (i == 0) {
								animal = new Dog();
							}
							else {
								animal = new Cat();
							}
							heard.append(animal.sound());
						}
						System.out.println(heard);
					}
				}
				""");
		ClassFile verifier = ClassFile
			.of(ClassFile.ClassHierarchyResolverOption.of(BytecodeSubmission.parse(classes).hierarchy()));
		for (byte[] bytes : classes.values()) {
			assertThat(verifier.verify(bytes)).isEmpty();
		}
		assertThat(run(classes)).isEqualTo("woofmeow");
	}

	@Test
	void learnerMethodsNamedLikeRedirectedOnesStayAsTheyAre() throws Exception {
		Map<String, byte[]> classes = instrument("""
				public class Main {
					static class Nap {
						static String sleep(long millis) { return "own sleep " + millis; }
					}
					static long nanoTime() { return 42; }
					public static void main(String[] args) {
						System.out.println(Nap.sleep(5) + " " + nanoTime());
					}
				}
				""");
		assertThat(run(classes)).isEqualTo("own sleep 5 42");
	}

	/**
	 * The rewrite of {@code now()} and {@code now(ZoneId)} into {@code now(Clock)} relies
	 * on every such method of java.time having a Clock twin.
	 */
	@Test
	void everyClocklessNowOfJavaTimeHasAClockTwin() throws Exception {
		FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
		List<String> checked = new ArrayList<>();
		for (String pkg : List.of("java/time", "java/time/chrono")) {
			try (Stream<Path> files = Files.list(jrt.getPath("modules", "java.base", pkg))) {
				for (Path file : files.filter((f) -> f.toString().endsWith(".class")).toList()) {
					Class<?> type = Class
						.forName((pkg + "/" + file.getFileName()).replace(".class", "").replace('/', '.'));
					for (Method method : type.getMethods()) {
						boolean named = method.getName().equals("now") || method.getName().equals("dateNow");
						List<Class<?>> parameters = List.of(method.getParameterTypes());
						if (named && (parameters.isEmpty() || parameters.equals(List.of(ZoneId.class)))) {
							Method twin = type.getMethod(method.getName(), Clock.class);
							assertThat(method.getReturnType()).isAssignableFrom(twin.getReturnType());
							checked.add(type.getSimpleName() + "." + method.getName());
						}
					}
				}
			}
		}
		assertThat(checked).contains("Instant.now", "LocalDateTime.now", "HijrahDate.now", "Chronology.dateNow");
	}

	private static Map<String, byte[]> instrument(String source) {
		BytecodeSubmission submission = BytecodeTestCompiler.submission(source);
		assertThat(BytecodeCheck.check(submission)).isEmpty();
		return Instrumenter.instrument(submission);
	}

	/**
	 * Runs main in this JVM (the hooks call the real JDK) and returns what it printed.
	 */
	static String run(Map<String, byte[]> classes) throws Exception {
		Method main = LearnerProgram.mainOf(classes);
		PrintStream original = System.out;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
		try {
			main.invoke(null, (Object) new String[0]);
		}
		finally {
			System.setOut(original);
		}
		return printed.toString(StandardCharsets.UTF_8).strip();
	}

	private static MethodModel method(ClassModel model, String name) {
		return model.methods().stream().filter((m) -> m.methodName().equalsString(name)).findFirst().orElseThrow();
	}

	private static long calls(MethodModel method, String target) {
		return method.code()
			.orElseThrow()
			.elementStream()
			.filter((CodeElement e) -> e instanceof InvokeInstruction invoke && (invoke.owner().asInternalName() + "."
					+ invoke.name().stringValue() + invoke.type().stringValue())
				.equals(target))
			.count();
	}

	/**
	 * Every method a class's code calls, directly or through a lambda's method handle, as
	 * {@code owner.name(descriptor)}.
	 */
	private static List<String> calledMethods(byte[] bytes) {
		List<String> called = new ArrayList<>();
		for (MethodModel method : ClassFile.of().parse(bytes).methods()) {
			method.code().ifPresent((code) -> code.forEach((element) -> {
				if (element instanceof InvokeInstruction invoke) {
					called.add(invoke.owner().asInternalName() + "." + invoke.name().stringValue()
							+ invoke.type().stringValue());
				}
				if (element instanceof InvokeDynamicInstruction dynamic) {
					for (ConstantDesc argument : dynamic.bootstrapArgs()) {
						if (argument instanceof DirectMethodHandleDesc handle) {
							String owner = handle.owner().descriptorString();
							called.add(owner.substring(1, owner.length() - 1) + "." + handle.methodName()
									+ handle.lookupDescriptor());
						}
					}
				}
			}));
		}
		return called;
	}

}
