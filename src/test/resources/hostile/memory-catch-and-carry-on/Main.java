// Catching OutOfMemoryError and carrying on would leave the JVM starved and the program
// limping; the first one must end the run.
import java.util.ArrayList;
import java.util.List;

public class Main {
	public static void main(String[] args) {
		List<long[]> hoard = new ArrayList<>();
		for (int round = 0; round < 100; round++) {
			try {
				while (true) {
					hoard.add(new long[1 << 20]);
				}
			}
			catch (OutOfMemoryError ex) {
				hoard.clear();
				System.out.println("survived round " + round);
			}
		}
	}
}
