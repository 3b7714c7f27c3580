package dev.looplab.sandbox;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The sandbox's one line: runs and checks beyond the line's capacity are refused, stored
 * work never is; each waiting ticket is told its place, 1 to n, as the line moves; a
 * freed sandbox goes to the longest waiting; and a ticket given back twice, or while it
 * waits, frees nothing twice.
 */
class SandboxAdmissionTests {

	@Test
	void beyondTheLinesCapacityRunsAndChecksAreRefusedButStoredWorkWaits() {
		SandboxAdmission admission = new SandboxAdmission(new AdmissionProperties(1, 2));
		SandboxTicket running = admission.enter();
		SandboxTicket first = admission.enter();
		SandboxTicket second = admission.enter();
		assertThat(admission.waiting()).isEqualTo(2);

		assertThatExceptionOfType(SandboxBusy.class).isThrownBy(admission::enter).satisfies((busy) -> {
			assertThat(busy.waiting()).isEqualTo(2);
			assertThat(busy.retryAfter()).isPositive();
			assertThat(busy.getMessage()).contains("2 are already waiting").contains("Try again in 5 s");
		});
		SandboxTicket grading = admission.enterStored();
		assertThat(admission.waiting()).as("a stored submission still takes its place").isEqualTo(3);

		running.close();
		first.close();
		second.close();
		assertThat(grading.state()).isEqualTo(SandboxTicket.State.ADMITTED);
		assertThat(admission.waiting()).isZero();
		admission.enter().close();
		grading.close();
	}

	@Test
	void waitingTicketsAreToldTheirPlaceOneToNAndGetTheirTurnFirstInFirstOut() {
		SandboxAdmission admission = new SandboxAdmission(new AdmissionProperties(1, 10));
		SandboxTicket running = admission.enter();
		List<Waiter> waiters = IntStream.range(0, 4).mapToObj((i) -> new Waiter(admission, admission.enter())).toList();
		List<Waiter> admitted = new CopyOnWriteArrayList<>();
		waiters.forEach((waiter) -> waiter.start(admitted));
		awaitPlaces(waiters, List.of(List.of(1), List.of(2), List.of(3), List.of(4)));

		running.close();
		await().atMost(10, TimeUnit.SECONDS).until(() -> admitted.size() == 1);
		awaitPlaces(waiters, List.of(List.of(1), List.of(2, 1), List.of(3, 2), List.of(4, 3)));
		for (int turn = 1; turn < waiters.size(); turn++) {
			admitted.get(turn - 1).ticket.close();
			int expected = turn + 1;
			await().atMost(10, TimeUnit.SECONDS).until(() -> admitted.size() == expected);
		}
		admitted.getLast().ticket.close();

		assertThat(admitted).as("who got a sandbox, in order").containsExactlyElementsOf(waiters);
		assertThat(waiters.get(3).places).containsExactly(4, 3, 2, 1);
		assertThat(admission.waiting()).isZero();
	}

	@Test
	void aTicketGivenBackWhileWaitingOrTwiceFreesNothingTwice() {
		SandboxAdmission admission = new SandboxAdmission(new AdmissionProperties(1, 10));
		SandboxTicket running = admission.enter();
		SandboxTicket leaving = admission.enter();
		Waiter behind = new Waiter(admission, admission.enter());
		List<Waiter> admitted = new CopyOnWriteArrayList<>();
		behind.start(admitted);
		awaitPlaces(List.of(behind), List.of(List.of(2)));

		leaving.close();
		leaving.close();
		awaitPlaces(List.of(behind), List.of(List.of(2, 1)));
		assertThat(admission.waiting()).isOne();

		running.close();
		running.close();
		await().atMost(10, TimeUnit.SECONDS).until(() -> admitted.contains(behind));
		Waiter next = new Waiter(admission, admission.enter());
		next.start(admitted);
		awaitPlaces(List.of(next), List.of(List.of(1)));
		assertThat(admitted).as("one sandbox, held by the waiter behind").containsExactly(behind);

		behind.ticket.close();
		await().atMost(10, TimeUnit.SECONDS).until(() -> admitted.contains(next));
		next.ticket.close();
		assertThat(admission.waiting()).isZero();
	}

	private static void awaitPlaces(List<Waiter> waiters, List<List<Integer>> places) {
		await().atMost(10, TimeUnit.SECONDS)
			.untilAsserted(() -> assertThat(waiters.stream().map((waiter) -> List.copyOf(waiter.places)).toList())
				.isEqualTo(places));
	}

	/** A run's thread waiting for its turn, keeping the places it was told. */
	private static final class Waiter {

		private final SandboxAdmission admission;

		private final SandboxTicket ticket;

		private final List<Integer> places = new CopyOnWriteArrayList<>();

		Waiter(SandboxAdmission admission, SandboxTicket ticket) {
			this.admission = admission;
			this.ticket = ticket;
		}

		void start(List<Waiter> admitted) {
			Thread.ofVirtual().start(() -> {
				try {
					this.admission.awaitTurn(this.ticket, (event) -> {
						SandboxEvent.Queued queued = (SandboxEvent.Queued) event;
						assertThat(queued.atMillis()).isNotNegative();
						this.places.add(queued.position());
					});
					admitted.add(this);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			});
		}

	}

}
