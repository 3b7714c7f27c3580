package dev.looplab.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The first check and instrumentation in a JVM costs about a hundred milliseconds (the
 * ClassFile API starting up), later ones a fraction of a millisecond; running both on a
 * platform class with loops, lambdas and exception handlers at start-up means the first
 * learner does not pay for that. (The check rejects it; that path gets warm too.)
 */
@Component
class BytecodeGateWarmup {

	private static final Logger log = LoggerFactory.getLogger(BytecodeGateWarmup.class);

	@EventListener(ApplicationReadyEvent.class)
	void warm() {
		Thread.ofVirtual().name("bytecode-warmup").start(() -> {
			try (InputStream in = Object.class.getResourceAsStream("/java/util/ArrayList.class")) {
				if (in == null) {
					return;
				}
				BytecodeSubmission sample = BytecodeSubmission.parse(Map.of("java.util.ArrayList", in.readAllBytes()));
				for (int i = 0; i < 20; i++) {
					BytecodeCheck.check(sample);
					Instrumenter.instrument(sample);
				}
			}
			catch (IOException | RuntimeException ex) {
				log.debug("Could not warm up the bytecode check: {}", ex.toString());
			}
		});
	}

}
