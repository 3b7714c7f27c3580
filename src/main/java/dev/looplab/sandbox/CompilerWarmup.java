package dev.looplab.sandbox;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * javac's first compile in a JVM takes most of a second and it keeps getting faster for
 * the first few dozen (see shared/notes/jdk25-sandbox-facts.md); compiling a typical
 * program in the background at start-up means learners do not pay for that.
 */
@Component
class CompilerWarmup {

	private static final String SAMPLE = """
			import java.util.*;
			import java.util.concurrent.*;

			public class Warmup {
				record Page(String name, int seconds) {}

				public static void main(String[] args) throws Exception {
					List<Page> pages = List.of(new Page("a", 1), new Page("b", 2));
					try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
						for (Page page : pages) {
							pool.submit(() -> System.out.printf("%s %d%n", page.name(), page.seconds()));
						}
					}
					String kind = switch (pages.size()) { case 0 -> "none"; default -> "some " + pages.size(); };
					System.out.println(kind);
				}
			}
			""";

	private final SourceCompiler compiler;

	CompilerWarmup(SourceCompiler compiler) {
		this.compiler = compiler;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warm() {
		Thread.ofVirtual().name("compiler-warmup").start(() -> {
			for (int i = 0; i < 60; i++) {
				this.compiler.compile(SAMPLE);
			}
		});
	}

}
