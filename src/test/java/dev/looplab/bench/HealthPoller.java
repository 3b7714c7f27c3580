package dev.looplab.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * Asks the server's health (and readiness, when exposed) every 250 ms with a 2 s timeout
 * for as long as the attack lasts, and samples the server's resident memory at the same
 * pace. Anything but an UP answer in time is a problem.
 */
final class HealthPoller implements Runnable {

	private static final Duration TIMEOUT = Duration.ofSeconds(2);

	private static final long PERIOD_MILLIS = 250;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	private final String base;

	private final long serverPid;

	private final List<Sample> samples = new ArrayList<>();

	private volatile boolean stopped;

	private boolean readiness = true;

	private double peakMiB;

	HealthPoller(int port, long serverPid) {
		this.base = "http://127.0.0.1:" + port;
		this.serverPid = serverPid;
	}

	@Override
	public void run() {
		while (!this.stopped) {
			long t0 = System.nanoTime();
			record(probe("/actuator/health"));
			if (this.readiness) {
				Sample ready = probe("/actuator/health/readiness");
				// Not exposed on this server: nothing to watch there.
				this.readiness = !ready.answer().equals("404");
				if (this.readiness) {
					record(ready);
				}
			}
			synchronized (this) {
				this.peakMiB = Math.max(this.peakMiB, ResidentMemory.of(this.serverPid));
			}
			long rest = PERIOD_MILLIS - (System.nanoTime() - t0) / 1_000_000;
			if (rest > 0) {
				try {
					Thread.sleep(rest);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}
	}

	void stop() {
		this.stopped = true;
	}

	private Sample probe(String path) {
		long t0 = System.nanoTime();
		String answer;
		try {
			HttpResponse<String> response = TimeBound.within(TIMEOUT,
					() -> this.http.send(
							HttpRequest.newBuilder(URI.create(this.base + path)).timeout(TIMEOUT).GET().build(),
							HttpResponse.BodyHandlers.ofString()));
			answer = (response.statusCode() == 200 && response.body().contains("\"UP\"")) ? "UP"
					: String.valueOf(response.statusCode());
		}
		catch (HttpTimeoutException | TimeoutException ex) {
			answer = "timeout";
		}
		catch (IOException ex) {
			answer = ex.getClass().getSimpleName();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			answer = "interrupted";
		}
		return new Sample(path, answer, System.nanoTime() - t0);
	}

	private synchronized void record(Sample sample) {
		this.samples.add(sample);
	}

	synchronized List<Sample> samples() {
		return List.copyOf(this.samples);
	}

	synchronized double peakMiB() {
		return this.peakMiB;
	}

	/**
	 * One answer: the path asked, {@code UP} or what came instead, and how long it took.
	 */
	record Sample(String path, String answer, long nanos) {

		boolean up() {
			return this.answer.equals("UP");
		}

	}

}
