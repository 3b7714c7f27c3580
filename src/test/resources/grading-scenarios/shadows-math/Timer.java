import dev.looplab.aio.Aio;

// Hostile: the tests compare times with Math.abs; this Math says every difference is 0.
public class Timer {

	public static void main(String[] args) {
		Aio.run(() -> {
			Aio.sleep(3);
			System.out.println("ring");
		});
	}

}

class Math {

	static double abs(double value) {
		return 0;
	}

}
