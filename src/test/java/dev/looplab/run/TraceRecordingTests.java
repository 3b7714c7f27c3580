package dev.looplab.run;

import java.util.List;

import dev.looplab.sandbox.SandboxEvent;
import dev.looplab.sandbox.Verdict;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run's trace is kept with its other events, comes back unchanged after a restart, and
 * is part of the run as the API shows it.
 */
class TraceRecordingTests {

	private final List<SandboxEvent> events = List.of(new SandboxEvent.Started(0),
			new SandboxEvent.Trace(1, "created", 2, "alpha", "", "", 0, 0, 3),
			new SandboxEvent.Trace(2, "suspended", 2, "alpha", "timer", "1.000 s", 0, 0, 4),
			new SandboxEvent.Trace(3, "loop_blocked", 1, "main", "", "Thread.sleep", 1_000_000, 500_000, 5),
			new SandboxEvent.Output(SandboxEvent.Channel.STDOUT, "alpha ends", 6),
			new SandboxEvent.Finished(Verdict.OK, 0, 7, "The program finished normally.", 7));

	@Test
	void theTraceSurvivesBeingStored() {
		StoredEvents stored = new StoredEvents(JsonMapper.builder().build());

		assertThat(stored.read(stored.write(this.events))).isEqualTo(this.events);
	}

	@Test
	void theApiViewListsTheTraceInSeconds() {
		RunView view = RunView.of("r1", this.events);

		assertThat(view.trace()).extracting(RunView.TraceView::kind)
			.containsExactly("created", "suspended", "loop_blocked");
		RunView.TraceView blocked = view.trace().get(2);
		assertThat(blocked.virtualSeconds()).isEqualTo(1.0);
		assertThat(blocked.spanSeconds()).isEqualTo(0.5);
		assertThat(view.stdout()).isEqualTo("alpha ends\n");
	}

}
