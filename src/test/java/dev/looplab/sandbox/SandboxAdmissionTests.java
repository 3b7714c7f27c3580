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
 * The sandbox's one line: runs and checks beyond the line's capacity, or beyond one
 * client's share of it, are refused, stored work never is; each waiting ticket is told
 * its place, 1 to n, as the line moves; a freed sandbox goes to the client with the
 * fewest in use, the longest waiting among equals; and a ticket given back twice, or
 * while it waits, frees nothing twice.
 */
class SandboxAdmissionTests {

	private static final String ALICE = "user:alice";

	private static final String BOB = "user:bob";

	private static final String FLOODER = "addr:203.0.113.9";

	@Test
	void aClientWithManyWaitingIsServedAfterOneWithNoneInUse() {
		SandboxAdmission admission = new SandboxAdmission(new AdmissionProperties(2, 20, 10));
		List<SandboxTicket> flood = IntStream.range(0, 6).mapToObj((i) -> admission.enter(FLOODER)).toList();
		assertThat(flood.subList(0, 2))
			.allSatisfy((ticket) -> assertThat(ticket.state()).isEqualTo(SandboxTicket.State.ADMITTED));
		SandboxTicket alice = admission.enter(ALICE);
		SandboxTicket bob = admission.enter(BOB);
		assertThat(admission.waiting()).isEqualTo(6);

		flood.get(0).close();
		assertThat(alice.state()).as("Alice has none in use; the flooder has one")
			.isEqualTo(SandboxTicket.State.ADMITTED);
		flood.get(1).close();
		assertThat(bob.state()).as("neither has one in use now, and the flooder has used two lately; Bob none")
			.isEqualTo(SandboxTicket.State.ADMITTED);
		assertThat(flood.get(2).state()).isEqualTo(SandboxTicket.State.WAITING);
		alice.close();
		assertThat(flood.get(2).state()).as("only the flooder's own wait now").isEqualTo(SandboxTicket.State.ADMITTED);
		bob.close();
		assertThat(flood.get(3).state()).as("first come among the flooder's own")
			.isEqualTo(SandboxTicket.State.ADMITTED);
		assertThat(flood.get(4).state()).isEqualTo(SandboxTicket.State.WAITING);
		flood.forEach(SandboxTicket::close);
		assertThat(admission.waiting()).isZero();
	}

	@Test
	void amongClientsWithAsManyInUseTheOneThatUsedLessLatelyIsNext() throws InterruptedException {
		SandboxAdmission admission = new SandboxAdmission(new AdmissionProperties(1, 20, 10));
		SandboxTicket heavy = admission.enter(FLOODER);
		Thread.sleep(50);
		SandboxTicket light = admission.enter(ALICE);
		heavy.close();
		assertThat(light.state()).isEqualTo(SandboxTicket.State.ADMITTED);
		SandboxTicket heavyAgain = admission.enter(FLOODER);
		Thread.sleep(5);
		SandboxTicket lightAgain = admission.enter(ALICE);
		light.close();
		assertThat(lightAgain.state()).as("Alice used 50 ms less lately, though she came after")
			.isEqualTo(SandboxTicket.State.ADMITTED);
		assertThat(heavyAgain.state()).isEqualTo(SandboxTicket.State.WAITING);
		lightAgain.close();
		assertThat(heavyAgain.state()).isEqualTo(SandboxTicket.State.ADMITTED);
		heavyAgain.close();
	}

	@Test
	void clientsWhoKeptSandboxesBusyLatelyLeaveAQuarterOfThemToOthers() {
		RecentUse used = new RecentUse();
		used.add(FLOODER, 60_000_000_000L, System.nanoTime());
		SandboxAdmission admission = new SandboxAdmission(new AdmissionProperties(4, 20, 10), used);
		List<SandboxTicket> flood = IntStream.range(0, 5).mapToObj((i) -> admission.enter(FLOODER)).toList();
		assertThat(flood).filteredOn((ticket) -> ticket.state() == SandboxTicket.State.ADMITTED)
			.as("three of four sandboxes")
			.hasSize(3);
		SandboxTicket alice = admission.enter(ALICE);
		assertThat(alice.state()).as("the fourth is kept for a client with a whole share")
			.isEqualTo(SandboxTicket.State.ADMITTED);
		alice.close();
		assertThat(flood.get(3).state()).isEqualTo(SandboxTicket.State.WAITING);
		flood.get(0).close();
		assertThat(flood.get(3).state()).isEqualTo(SandboxTicket.State.ADMITTED);
		flood.forEach(SandboxTicket::close);
		assertThat(admission.waiting()).isZero();
	}

	@Test
	void placesCountTheNewcomersWhoGoAhead() throws InterruptedException {
		SandboxAdmission admission = new SandboxAdmission(new AdmissionProperties(1, 20, 10));
		SandboxTicket running = admission.enter(FLOODER);
		List<SandboxTicket> flood = IntStream.range(0, 3).mapToObj((i) -> admission.enter(FLOODER)).toList();
		SandboxTicket alice = admission.enter(ALICE);
		List<Integer> told = new CopyOnWriteArrayList<>();
		Thread.ofVirtual().start(() -> {
			try {
				admission.awaitTurn(flood.get(2), (event) -> told.add(((SandboxEvent.Queued) event).position()));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> assertThat(told).containsExactly(4));
		assertThat(FairOrder.placeOf(alice, List.of(flood.get(0), flood.get(1), flood.get(2), alice),
				java.util.Map.of(FLOODER, 1), new RecentUse(), System.nanoTime()))
			.as("Alice, with nothing in use, is next")
			.isOne();
		SandboxTicket bob = admission.enter(BOB);
		await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> assertThat(told).containsExactly(4, 5));
		running.close();
		alice.close();
		bob.close();
		flood.forEach(SandboxTicket::close);
	}

	@Test
	void oneClientsShareOfTheLineIsRefusedWith429WhileOthersStillGetIn() {
		SandboxAdmission admission = new SandboxAdmission(new AdmissionProperties(1, 10, 2));
		SandboxTicket running = admission.enter(FLOODER);
		SandboxTicket first = admission.enter(FLOODER);
		SandboxTicket second = admission.enter(FLOODER);
		assertThatExceptionOfType(SandboxBusy.class).isThrownBy(() -> admission.enter(FLOODER)).satisfies((busy) -> {
			assertThat(busy.ownShare()).isTrue();
			assertThat(busy.waiting()).isEqualTo(2);
			assertThat(busy.getMessage()).contains("You already have 2 programs waiting");
		});
		SandboxTicket alice = admission.enter(ALICE);
		SandboxTicket stored = admission.enterStored(FLOODER);
		assertThat(admission.waiting()).as("a stored submission is never refused").isEqualTo(4);
		List.of(running, first, second, alice, stored).forEach(SandboxTicket::close);
		assertThat(admission.waiting()).isZero();
	}

	@Test
	void beyondTheLinesCapacityRunsAndChecksAreRefusedButStoredWorkWaits() {
		SandboxAdmission admission = new SandboxAdmission(new AdmissionProperties(1, 2, 8));
		SandboxTicket running = admission.enter(ALICE);
		SandboxTicket first = admission.enter(ALICE);
		SandboxTicket second = admission.enter(ALICE);
		assertThat(admission.waiting()).isEqualTo(2);

		assertThatExceptionOfType(SandboxBusy.class).isThrownBy(() -> admission.enter(ALICE)).satisfies((busy) -> {
			assertThat(busy.waiting()).isEqualTo(2);
			assertThat(busy.ownShare()).isFalse();
			assertThat(busy.retryAfter()).isPositive();
			assertThat(busy.getMessage()).contains("2 are already waiting").contains("Try again in 5 s");
		});
		SandboxTicket grading = admission.enterStored(ALICE);
		assertThat(admission.waiting()).as("a stored submission still takes its place").isEqualTo(3);

		running.close();
		first.close();
		second.close();
		assertThat(grading.state()).isEqualTo(SandboxTicket.State.ADMITTED);
		assertThat(admission.waiting()).isZero();
		admission.enter(ALICE).close();
		grading.close();
	}

	@Test
	void waitingTicketsAreToldTheirPlaceOneToNAndGetTheirTurnFirstInFirstOut() {
		SandboxAdmission admission = new SandboxAdmission(new AdmissionProperties(1, 10, 10));
		SandboxTicket running = admission.enter(ALICE);
		List<Waiter> waiters = IntStream.range(0, 4)
			.mapToObj((i) -> new Waiter(admission, admission.enter(ALICE)))
			.toList();
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
		SandboxAdmission admission = new SandboxAdmission(new AdmissionProperties(1, 10, 10));
		SandboxTicket running = admission.enter(ALICE);
		SandboxTicket leaving = admission.enter(ALICE);
		Waiter behind = new Waiter(admission, admission.enter(ALICE));
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
		Waiter next = new Waiter(admission, admission.enter(ALICE));
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
