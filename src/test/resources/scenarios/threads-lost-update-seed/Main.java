// Two threads add 1 to shared counters ten times each, letting the other thread run between
// reading a counter and writing it back: unguarded, updates get lost; under the counter's
// lock, none does.
public class Main {
	static int unguarded;
	static int guarded;
	static final Object lock = new Object();

	public static void main(String[] args) throws Exception {
		Thread a = new Thread(Main::count);
		Thread b = new Thread(Main::count);
		a.start();
		b.start();
		a.join();
		b.join();
		System.out.println("unguarded " + unguarded + " of 20");
		System.out.println("guarded " + guarded + " of 20");
	}

	static void count() {
		for (int i = 0; i < 10; i++) {
			int seen = unguarded;
			Thread.yield();
			unguarded = seen + 1;
			synchronized (lock) {
				int before = guarded;
				Thread.yield();
				guarded = before + 1;
			}
		}
	}
}
