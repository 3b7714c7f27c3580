package dev.looplab.run;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import dev.looplab.sandbox.SandboxEvent;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * One sandbox and a line of one: the second run waits and is told so, the third is
 * refused with 503 and a retry hint, and the waiting run gets its turn when the first one
 * leaves.
 */
class RunAdmissionTests {

	private final RunAdmission admission = new RunAdmission(
			new RunProperties(65536, new RunProperties.RateLimit(20, 30), 1, 1));

	@Test
	void runsBeyondTheSandboxesWaitAndBeyondTheLineAreRefused() throws Exception {
		this.admission.enter();
		this.admission.awaitTurn((event) -> {
			throw new AssertionError("the first run must not wait");
		});

		List<SandboxEvent> secondEvents = new CopyOnWriteArrayList<>();
		this.admission.enter();
		Thread second = Thread.ofVirtual().start(() -> {
			try {
				this.admission.awaitTurn(secondEvents::add);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		await().atMost(5, TimeUnit.SECONDS).until(() -> !secondEvents.isEmpty());
		assertThat(secondEvents).containsExactly(new SandboxEvent.Queued(1, 0));

		assertThatExceptionOfType(RunRejected.class).isThrownBy(this.admission::enter).satisfies((refused) -> {
			assertThat(refused.problem().getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE.value());
			assertThat(refused.retryAfter()).isPositive();
			assertThat(refused.getMessage()).contains("Try again in 5 s");
		});

		this.admission.leave();
		second.join(5000);
		assertThat(second.isAlive()).isFalse();
		this.admission.enter();
	}

}
