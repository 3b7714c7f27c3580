import java.util.Locale;

import dev.looplab.aio.Aio;
import dev.looplab.aio.Task;

/**
 * Two withdrawals from one account, on one thread. Each checks the balance, then asks
 * the bank (an await), then takes the money. Predict the final balance, then run.
 */
public class Main {

	static int balance = 100;

	static void confirmWithBank() {
		Aio.sleep(0.1); // a suspension, hidden inside an ordinary-looking method
	}

	static void withdraw(String who, int amount) {
		if (balance >= amount) { // check
			System.out.printf(Locale.ROOT, "%s sees %d, enough for %d%n", who, balance, amount);
			confirmWithBank();
			balance -= amount; // act: the check above may be stale by now
			System.out.printf(Locale.ROOT, "%s took %d, balance now %d%n", who, amount, balance);
		}
		else {
			System.out.printf(Locale.ROOT, "%s refused: only %d left%n", who, balance);
		}
	}

	public static void main(String[] args) {
		Aio.run(() -> {
			Task<Object> alice = Aio.createTask("alice", () -> withdraw("alice", 80));
			Task<Object> bob = Aio.createTask("bob", () -> withdraw("bob", 80));
			alice.await();
			bob.await();
			System.out.println("final balance " + balance);
		});
	}

}
