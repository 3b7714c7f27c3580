package dev.looplab.sandbox;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Real sandbox JVMs under real bubblewrap and cgroups: what a program can see and do from
 * inside, and that every way it ends leaves nothing behind. Skipped where the host lacks
 * the part a test needs, except on CI.
 */
class IsolationIntegrationTests {

	private static IsolationRunHarness harness;

	@BeforeAll
	static void startIsolation() throws IOException {
		harness = new IsolationRunHarness(IsolationRunHarness.properties(64, IsolationProperties.defaults()));
	}

	@AfterAll
	static void closeIsolation() {
		harness.close();
	}

	@Test
	void theProgramSeesNoNetworkButItsOwnLoopback() throws IOException {
		requireBubblewrap();
		try (ServerSocket host = new ServerSocket(0)) {
			host.setSoTimeout(200);
			String target = hostAddress();
			IsolationRunHarness.Outcome outcome = runChecked(
					"""
							import java.net.*;
							public class Main {
								public static void main(String[] args) throws Exception {
									for (NetworkInterface n : java.util.Collections.list(NetworkInterface.getNetworkInterfaces())) {
										System.out.println("interface " + n.getName());
									}
									for (String address : new String[] { "127.0.0.1", "%s" }) {
										try (Socket socket = new Socket()) {
											socket.connect(new InetSocketAddress(address, %d), 1000);
											System.out.println("connected to " + address);
										}
										catch (Exception ex) {
											System.out.println("no connection to " + address + ": " + ex.getClass().getSimpleName());
										}
									}
								}
							}
							"""
						.formatted(target, host.getLocalPort()));
			assertThat(outcome.verdict()).as(outcome.finished().message()).isEqualTo(Verdict.OK);
			assertThat(outcome.output().lines().filter((line) -> line.startsWith("interface")))
				.containsExactly("interface lo");
			assertThat(outcome.output()).doesNotContain("connected to")
				.contains("no connection to 127.0.0.1")
				.contains("no connection to " + target);
			assertThatExceptionOfType(SocketTimeoutException.class).isThrownBy(host::accept);
		}
	}

	@Test
	void aFileOutsideTheBindsCanNeitherBeReadNorChanged() throws IOException {
		requireBubblewrap();
		Path folder = Files.createTempDirectory("isolation-canary");
		Path canary = Files.writeString(folder.resolve("canary.txt"), "the canary sings");
		folder.toFile().setExecutable(true, false);
		canary.toFile().setReadable(true, false);
		try {
			IsolationRunHarness.Outcome outcome = runChecked("""
					import java.nio.file.*;
					public class Main {
						public static void main(String[] args) {
							Path canary = Path.of("%s");
							try {
								System.out.println("read: " + Files.readString(canary));
							}
							catch (Exception ex) {
								System.out.println("cannot read: " + ex.getClass().getSimpleName());
							}
							try {
								Files.writeString(canary, "eaten");
								System.out.println("wrote it");
							}
							catch (Exception ex) {
								System.out.println("cannot write: " + ex.getClass().getSimpleName());
							}
							try {
								Files.writeString(Path.of("%s"), "replaced");
								System.out.println("wrote the JDK");
							}
							catch (Exception ex) {
								System.out.println("cannot write the JDK: " + ex.getClass().getSimpleName());
							}
						}
					}
					""".formatted(canary, Path.of(harness.properties.javaHomeOrOwn(), "release")));
			assertThat(outcome.verdict()).as(outcome.finished().message()).isEqualTo(Verdict.OK);
			assertThat(outcome.output()).contains("cannot read: NoSuchFileException")
				.contains("cannot write: NoSuchFileException")
				.contains("cannot write the JDK:")
				.doesNotContain("the canary sings")
				.doesNotContain("wrote");
			assertThat(canary).hasContent("the canary sings");
		}
		finally {
			Files.deleteIfExists(canary);
			Files.deleteIfExists(folder);
		}
	}

	@Test
	void theEnvironmentIsEmpty() throws IOException {
		IsolationRunHarness.Outcome outcome = runChecked("""
				public class Main {
					public static void main(String[] args) {
						System.out.println("environment " + System.getenv());
					}
				}
				""");
		assertThat(outcome.verdict()).isEqualTo(Verdict.OK);
		assertThat(outcome.output()).contains("environment {}");
	}

	@Test
	void theProgramRunsAsTheUserOfItsSlot() throws IOException {
		IsolationRunHarness.requirePart(harness.isolation.support(), "uid",
				harness.isolation.support().setpriv() != null);
		ChildJvm child = harness.start();
		List<Long> hostUids = Stream.concat(Stream.of(child.process().toHandle()), child.process().descendants())
			.map(IsolationIntegrationTests::uidOf)
			.distinct()
			.toList();
		IsolationRunHarness.Outcome outcome = runChecked(child, """
				public class Main {
					public static void main(String[] args) throws Exception {
						java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status")).stream()
							.filter((line) -> line.startsWith("Uid:"))
							.forEach(System.out::println);
					}
				}
				""");
		assertThat(hostUids).hasSize(1);
		long uid = hostUids.getFirst();
		assertThat(uid).isBetween((long) IsolationProperties.defaults().firstUid(),
				(long) IsolationProperties.defaults().firstUid() + IsolationProperties.defaults().maxSlots());
		assertThat(outcome.output()).containsPattern("Uid:\\s+" + uid + "\\s+" + uid);
	}

	@Test
	void oneCpuIsAllTheProgramGets() throws IOException {
		requireCgroup("cpu");
		IsolationRunHarness.Outcome outcome = runChecked(
				"""
						public class Main {
							public static void main(String[] args) throws Exception {
								long end = System.nanoTime() + 1_500_000_000L;
								Runnable spin = () -> { while (System.nanoTime() < end) { } };
								Thread[] threads = { new Thread(spin), new Thread(spin) };
								long cpuBefore = ProcessHandle.current().info().totalCpuDuration().orElseThrow().toMillis();
								long start = System.nanoTime();
								for (Thread t : threads) t.start();
								for (Thread t : threads) t.join();
								long cpu = ProcessHandle.current().info().totalCpuDuration().orElseThrow().toMillis() - cpuBefore;
								System.out.println("cpu per wall " + (cpu * 1_000_000 / (System.nanoTime() - start)));
							}
						}
						""");
		assertThat(outcome.verdict()).as(outcome.finished().message()).isEqualTo(Verdict.OK);
		String ratio = outcome.output().lines().filter((l) -> l.startsWith("cpu per wall")).findFirst().orElseThrow();
		// Two spinning threads would use two cores' worth without the quota.
		assertThat(Double.parseDouble(ratio.substring("cpu per wall ".length()))).isLessThan(1.25);
	}

	@Test
	void aThreadBombHitsTheProcessLimit() throws IOException {
		requireCgroup("pids");
		IsolationRunHarness.Outcome outcome = runChecked("""
				public class Main {
					public static void main(String[] args) {
						while (true) {
							Thread thread = new Thread(() -> {
								try { Thread.sleep(3_000); } catch (InterruptedException ex) { }
							});
							thread.start();
						}
					}
				}
				""");
		assertThat(outcome.child().hitProcessLimit()).isTrue();
		assertThat(outcome.verdict()).as(outcome.finished().message()).isEqualTo(Verdict.RUNTIME_ERROR);
		// The JVM reports the refused thread as an error the program did not catch.
		assertThat(outcome.finished().message()).contains("OutOfMemoryError")
			.contains("unable to create native thread");
	}

	@Test
	void aMemoryBombIsKilledByTheMemoryCgroup() throws IOException {
		requireCgroup("memory");
		// A heap larger than the cgroup allows, so that the kernel, not the JVM, stops
		// it.
		IsolationProperties defaults = IsolationProperties.defaults();
		IsolationProperties tight = new IsolationProperties(true, 96, defaults.maxProcesses(), defaults.cpus(),
				defaults.tmpMegabytes(), defaults.openFiles(), defaults.firstUid() + 100, defaults.maxSlots(), false,
				null);
		try (IsolationRunHarness big = new IsolationRunHarness(IsolationRunHarness.properties(512, tight))) {
			ChildJvm child = big.start();
			List<ProcessHandle> tree = treeOf(child);
			IsolationRunHarness.Outcome outcome = big.run(child, """
					public class Main {
						public static void main(String[] args) {
							java.util.List<long[]> kept = new java.util.ArrayList<>();
							while (true) {
								long[] block = new long[1 << 20];
								java.util.Arrays.fill(block, 7);
								kept.add(block);
							}
						}
					}
					""");
			assertThat(outcome.child().hitMemoryLimit()).isTrue();
			assertThat(outcome.verdict()).as(outcome.finished().message()).isEqualTo(Verdict.MEMORY_LIMIT);
			assertThat(outcome.finished().message()).contains("96 MiB");
			assertNothingLeft(big, tree);
		}
	}

	@Test
	void aSandboxOutlivesTheThreadThatAskedForIt() throws Exception {
		requireBubblewrap();
		ChildJvm[] started = new ChildJvm[1];
		Thread asker = Thread.ofPlatform().start(() -> {
			try {
				started[0] = harness.start();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
		asker.join();
		// bubblewrap's --die-with-parent follows the thread that started the process.
		Thread.sleep(500);
		assertThat(started[0].isAlive()).isTrue();
		IsolationRunHarness.Outcome outcome = runChecked(started[0],
				"public class Main { public static void main(String[] a) { System.out.println(\"still here\"); } }");
		assertThat(outcome.output()).contains("still here");
	}

	@Test
	void closingTheIsolationRemovesItsCgroups() throws IOException {
		requireCgroup("pids");
		IsolationRunHarness other = new IsolationRunHarness(harness.properties);
		IsolationRunHarness.Outcome outcome = other
			.run("public class Main { public static void main(String[] a) { } }");
		assertThat(outcome.verdict()).isEqualTo(Verdict.OK);
		await().atMost(Duration.ofSeconds(10)).until(() -> other.isolation.slotsInUse() == 0);
		CgroupV1Tree tree = (CgroupV1Tree) other.isolation.support().cgroups();
		assertThat(tree.owners().values()).allMatch(Files::isDirectory);
		other.close();
		assertThat(tree.owners().values()).noneMatch(Files::exists);
	}

	private static IsolationRunHarness.Outcome runChecked(String source) throws IOException {
		return runChecked(harness.start(), source);
	}

	/** Runs the program and checks that no process of its sandbox outlives it. */
	private static IsolationRunHarness.Outcome runChecked(ChildJvm child, String source) throws IOException {
		List<ProcessHandle> tree = treeOf(child);
		IsolationRunHarness.Outcome outcome = harness.run(child, source);
		assertNothingLeft(harness, tree);
		return outcome;
	}

	private static List<ProcessHandle> treeOf(ChildJvm child) {
		return Stream.concat(Stream.of(child.process().toHandle()), child.process().descendants()).toList();
	}

	private static void assertNothingLeft(IsolationRunHarness harness, List<ProcessHandle> tree) {
		assertThat(tree).hasSizeGreaterThan(0);
		await().atMost(Duration.ofSeconds(10)).until(() -> tree.stream().noneMatch(ProcessHandle::isAlive));
		// A slot is given back only once its cgroups, which hold every process it
		// started, are empty and removed.
		await().atMost(Duration.ofSeconds(10)).until(() -> harness.isolation.slotsInUse() == 0);
	}

	private static void requireBubblewrap() {
		IsolationSupport support = harness.isolation.support();
		IsolationRunHarness.requirePart(support, "bwrap", support.bubblewrap() != null);
	}

	private static void requireCgroup(String controller) {
		IsolationSupport support = harness.isolation.support();
		IsolationRunHarness.requirePart(support, "cgroup " + controller,
				support.cgroups() != null && support.cgroups().controllers().contains(controller));
	}

	private static long uidOf(ProcessHandle process) {
		try {
			return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))
				.stream()
				.filter((line) -> line.startsWith("Uid:"))
				.map((line) -> Long.parseLong(line.split("\\s+")[2]))
				.findFirst()
				.orElseThrow();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An address of this host other than loopback, or loopback's when it has none. */
	private static String hostAddress() throws IOException {
		return Collections.list(NetworkInterface.getNetworkInterfaces())
			.stream()
			.flatMap(NetworkInterface::inetAddresses)
			.filter((address) -> !address.isLoopbackAddress() && address instanceof java.net.Inet4Address)
			.map(InetAddress::getHostAddress)
			.findFirst()
			.orElse("127.0.0.1");
	}

}
