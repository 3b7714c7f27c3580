import dev.looplab.aio.Aio;

// Hostile: the tests read a count with Integer.parseInt; this Integer always answers 6.
public class Kitchen {

	public static void main(String[] args) {
		Aio.run(() -> System.out.println("served 2"));
	}

}

class Integer {

	static int parseInt(String text) {
		return 6;
	}

}
