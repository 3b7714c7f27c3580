package dev.looplab.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what one program run printed and traced while it runs, then freezes it into a
 * {@link ProgramRun}. The runner calls it from whichever thread printed.
 */
final class RunRecorder implements ProgramHost.Listener {

	private final int number;

	private final String title;

	private final String words;

	private final List<String> lines = new ArrayList<>();

	private final List<Double> lineTimes = new ArrayList<>();

	private final List<String> errorLines = new ArrayList<>();

	private final List<TraceEntry> events = new ArrayList<>();

	private double clockSeconds;

	private boolean completed;

	private String failure;

	RunRecorder(int number, String title, String words) {
		this.number = number;
		this.title = title;
		this.words = words;
	}

	@Override
	public synchronized void printed(boolean stderr, String line, double seconds) {
		if (stderr) {
			this.errorLines.add(line);
		}
		else {
			this.lines.add(line);
			this.lineTimes.add(seconds);
		}
	}

	@Override
	public synchronized void traced(TraceEntry entry) {
		this.events.add(entry);
	}

	@Override
	public synchronized void ended(double seconds) {
		this.clockSeconds = seconds;
	}

	synchronized void completed() {
		this.completed = true;
	}

	synchronized void threw(Throwable error) {
		this.failure = String.valueOf(error);
	}

	synchronized ProgramRun toRun() {
		return new ProgramRun(this.number, this.title, this.words, this.lines, this.lineTimes, this.errorLines,
				this.completed, this.failure, this.events, this.clockSeconds);
	}

}
