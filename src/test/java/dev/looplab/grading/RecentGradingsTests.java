package dev.looplab.grading;

import java.util.List;

import dev.looplab.sandbox.SandboxEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Done gradings are kept in memory by the bytes of their events, not by their number; one
 * still going is never dropped (its stream depends on it).
 */
class RecentGradingsTests {

	private static final long BOUND = 4 * 1024 * 1024;

	@Test
	void heavyDoneGradingsStayUnderTheByteBoundAndOnesGoingAreKept() {
		RecentGradings recent = new RecentGradings(BOUND);
		LiveGrading going = new LiveGrading("going", "ada", "naps");
		recent.put(going);
		for (int i = 0; i < 40; i++) {
			going.publish(output(i));
			LiveGrading done = new LiveGrading("done-" + i, "ada", "naps");
			recent.put(done);
			done.publish(output(i));
			done.publish(new GradingEvent.Done(
					new Feedback(SubmissionStatus.GRADED, 1, 1, "All tests pass.", List.of(), List.of(), List.of())));
			recent.put(done);
		}

		// 40 gradings of half a MiB each: held by count, as before, they would weigh 20
		// MiB.
		assertThat(recent.doneBytes()).isLessThanOrEqualTo(BOUND).isGreaterThan(BOUND / 2);
		assertThat(recent.find("going")).containsSame(going);
	}

	private static GradingEvent output(int i) {
		return new GradingEvent.FromSandbox(
				new SandboxEvent.Output(SandboxEvent.Channel.STDOUT, "z".repeat(512 * 1024), i));
	}

}
