import java.util.Locale;
import java.util.function.DoubleConsumer;

import dev.looplab.aio.Aio;
import dev.looplab.aio.Future;
import dev.looplab.aio.Task;

/**
 * Reads two sensors through a callback library. The callback completes a future, which the task awaits.
 */
public class Thermometer {

	/** An older library that reports through callbacks. Do not change it. */
	static final class Sensors {

		/** Calls {@code callback} with the sensor's reading after {@code seconds}. */
		static void read(String sensor, double seconds, DoubleConsumer callback) {
			double value = sensor.equals("outside") ? 7.0 : 21.5;
			Aio.loop().callLater(seconds, () -> callback.accept(value));
		}

	}

	/** Waits for the sensor's reading, which takes {@code seconds}, and returns it. */
	static double measure(String sensor, double seconds) {
		Future<Double> reading = Aio.createFuture();
		Sensors.read(sensor, seconds, reading::setResult);
		return reading.await(); // one suspension, woken by the callback
	}

	public static void main(String[] args) {
		Aio.run(() -> {
			Task<Double> inside = Aio.createTask("inside", () -> measure("inside", 0.25));
			Task<Double> outside = Aio.createTask("outside", () -> measure("outside", 0.75));
			System.out.println(String.format(Locale.ROOT, "inside: %.1f", inside.await()));
			System.out.println(String.format(Locale.ROOT, "outside: %.1f", outside.await()));
		});
	}

}
