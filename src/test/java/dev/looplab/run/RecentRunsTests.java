package dev.looplab.run;

import java.util.ArrayList;
import java.util.List;

import dev.looplab.sandbox.SandboxEvent;
import dev.looplab.sandbox.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finished runs are kept in memory by the bytes of their events, not by their number, and
 * a run still going is never dropped from memory (its subscribers depend on it).
 */
class RecentRunsTests {

	private static final long BOUND = 4 * 1024 * 1024;

	@Test
	void heavyFinishedRunsStayUnderTheByteBound() {
		RecentRuns recent = new RecentRuns(BOUND);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			LiveRun run = heavyRun("heavy-" + i, 512 * 1024);
			recent.running(run);
			recent.finished(run);
			ids.add(run.id());
		}

		// 40 runs of half a MiB each: held by count, as before, they would weigh 20 MiB.
		assertThat(recent.finishedBytes()).isLessThanOrEqualTo(BOUND).isGreaterThan(BOUND / 2);
		assertThat(ids.stream().filter((id) -> recent.find(id).isPresent()).count()).isLessThanOrEqualTo(8);
	}

	@Test
	void aRunStillGoingIsKeptWhateverItWeighs() {
		RecentRuns recent = new RecentRuns(BOUND);
		LiveRun going = new LiveRun("going");
		recent.running(going);
		for (int i = 0; i < 20; i++) {
			going.publish(new SandboxEvent.Output(SandboxEvent.Channel.STDOUT, "x".repeat(512 * 1024), i));
			LiveRun other = heavyRun("other-" + i, 512 * 1024);
			recent.running(other);
			recent.finished(other);
		}

		assertThat(recent.find("going")).containsSame(going);
		assertThat(recent.finishedBytes()).isLessThanOrEqualTo(BOUND);
	}

	private static LiveRun heavyRun(String id, int textBytes) {
		LiveRun run = new LiveRun(id);
		run.publish(new SandboxEvent.Output(SandboxEvent.Channel.STDOUT, "y".repeat(textBytes), 1));
		run.publish(new SandboxEvent.Finished(Verdict.OK, 0, 2, "The program finished normally.", 2));
		return run;
	}

}
