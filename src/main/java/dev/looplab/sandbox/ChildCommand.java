package dev.looplab.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a sandbox JVM. The flags keep it small and quick to start (measured
 * in shared/notes/jdk25-sandbox-facts.md): one CPU, serial GC, C1 only, no perf data, a
 * capped heap and stack, and an exit on the first OutOfMemoryError so a program cannot
 * catch it and carry on starved. Everything the JVM itself prints goes to stderr, since
 * stdout carries the protocol; an AOT cache, when there is one, makes it start faster.
 */
final class ChildCommand {

	private ChildCommand() {
	}

	static List<String> of(SandboxProperties properties, Path runnerJar) {
		return of(properties, runnerJar, null);
	}

	/** The command line, using the AOT cache unless it is null. */
	static List<String> of(SandboxProperties properties, Path runnerJar, Path aotCache) {
		List<String> command = new ArrayList<>(
				List.of(properties.javaExecutable(), "-Xmx" + properties.heapMegabytes() + "m", "-Xss512k",
						"-XX:MaxMetaspaceSize=64m", "-XX:ActiveProcessorCount=1", "-XX:+UseSerialGC",
						"-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-XX:+ExitOnOutOfMemoryError",
						"-XX:+DisplayVMOutputToStderr", "-Xlog:disable", "-Xlog:all=warning:stderr"));
		// The JVM refuses -Xshare together with an AOT cache.
		command.add((aotCache != null) ? "-XX:AOTCache=" + aotCache : "-Xshare:auto");
		// The event loop of dev.looplab.aio runs tasks on jdk.internal.vm.Continuation
		// (ADR 7).
		command.addAll(List.of("--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED"));
		command.addAll(List.of("-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-cp", runnerJar.toString(),
				"dev.looplab.runner.RunnerMain"));
		return List.copyOf(command);
	}

}
