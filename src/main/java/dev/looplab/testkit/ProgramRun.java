package dev.looplab.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one program run printed and how it ran: its output, how it ended, and measures
 * read from its trace. Times are seconds of the loop's clock counted from the start of
 * the run (virtual seconds under the virtual clock), so they do not depend on the
 * machine.
 */
public final class ProgramRun {

	private final int number;

	private final String title;

	private final String words;

	private final List<String> lines;

	private final List<Double> lineTimes;

	private final List<String> errorLines;

	private final boolean completed;

	private final String failure;

	private final List<TraceEntry> events;

	private final double clockSeconds;

	private final List<TaskRecord> tasks;

	ProgramRun(int number, String title, String words, List<String> lines, List<Double> lineTimes,
			List<String> errorLines, boolean completed, String failure, List<TraceEntry> events, double clockSeconds) {
		this.number = number;
		this.title = title;
		this.words = words;
		this.lines = List.copyOf(lines);
		this.lineTimes = List.copyOf(lineTimes);
		this.errorLines = List.copyOf(errorLines);
		this.completed = completed;
		this.failure = failure;
		this.events = List.copyOf(events);
		this.clockSeconds = clockSeconds;
		this.tasks = TaskHistory.of(this.events);
	}

	/** The run's number in this grading, from 1. */
	public int number() {
		return this.number;
	}

	/** The run's title: {@code main()}, {@code main() with seed 7}, or a test's own. */
	public String title() {
		return this.title;
	}

	/** The run in words, for messages: "the program", or the title a test gave it. */
	String words() {
		return this.words;
	}

	/** The lines printed to System.out, in order. */
	public List<String> lines() {
		return this.lines;
	}

	/** System.out joined with line breaks. */
	public String output() {
		return String.join("\n", this.lines);
	}

	/** The lines printed to System.err, in order. */
	public List<String> errorLines() {
		return this.errorLines;
	}

	/** Whether main (or the body) returned normally. */
	public boolean completed() {
		return this.completed;
	}

	/**
	 * What it threw, as {@code java.lang.IllegalStateException: boom}; empty when it
	 * completed.
	 */
	public Optional<String> failure() {
		return Optional.ofNullable(this.failure);
	}

	/**
	 * Loop time from the run's first to its last trace event; for a run without an event
	 * loop, the clock's time from its start to its end.
	 */
	public double elapsedSeconds() {
		if (this.events.isEmpty()) {
			return this.clockSeconds;
		}
		return this.events.getLast().seconds() - this.events.getFirst().seconds();
	}

	/** Every trace event of this run, in order. */
	public List<TraceEntry> events() {
		return this.events;
	}

	/** Every task but the main one, in order of creation. */
	public List<TaskRecord> tasks() {
		return this.tasks;
	}

	/** The first task of this name. */
	public Optional<TaskRecord> task(String name) {
		return this.tasks.stream().filter((task) -> task.name().equals(name)).findFirst();
	}

	/**
	 * The most tasks whose names start with the prefix that were alive at the same time
	 * (started and not yet finished, failed or cancelled); {@code ""} counts all tasks
	 * but the main one.
	 */
	public int mostTasksAtOnce(String namePrefix) {
		return peakAtOnce(namePrefix).count();
	}

	/**
	 * The most tasks suspended on this wait kind ({@code timer}, {@code lock},
	 * {@code semaphore}, {@code queue}, {@code executor}, ...) at the same time.
	 */
	public int mostTasksWaitingOn(String waitKind) {
		return peakWaiting(waitKind).count();
	}

	/**
	 * How many times a task (the main one included) suspended on this wait kind: each
	 * {@code Aio.sleep} that really waited counts once on {@code timer}. A program that
	 * only prints what a real one would print waits on nothing.
	 */
	public int waitsOn(String waitKind) {
		return (int) this.events.stream()
			.filter((event) -> event.kind().equals("suspended") && event.waitingOn().equals(waitKind))
			.count();
	}

	/**
	 * Whether a blocking call on the loop's thread (such as {@code Thread.sleep} inside a
	 * task) ever stalled the event loop.
	 */
	public boolean loopEverBlocked() {
		return !loopBlocks().isEmpty();
	}

	/** The events at which the loop was blocked, in order. */
	public List<TraceEntry> loopBlocks() {
		return this.events.stream().filter((event) -> event.kind().equals("loop_blocked")).toList();
	}

	/** The loop time at which this exact line was first printed; NaN if it never was. */
	public double timeOfLine(String line) {
		for (TraceEntry event : this.events) {
			if (event.kind().equals("output") && event.detail().equals(line)) {
				return event.seconds();
			}
		}
		int index = this.lines.indexOf(line);
		return (index < 0) ? Double.NaN : this.lineTimes.get(index);
	}

	/** The peak of tasks alive at once, and when it was first reached. */
	Peak peakAtOnce(String namePrefix) {
		Map<Integer, Boolean> alive = new HashMap<>();
		Peak peak = new Peak(0, Double.NaN);
		for (TraceEntry event : this.events) {
			if (event.task() <= 1 || !event.taskName().startsWith(namePrefix)) {
				continue;
			}
			switch (event.kind()) {
				case "started" -> alive.put(event.task(), true);
				case "finished", "failed", "cancelled" -> alive.remove(event.task());
				default -> {
				}
			}
			if (alive.size() > peak.count()) {
				peak = new Peak(alive.size(), event.seconds());
			}
		}
		return peak;
	}

	/** The peak of tasks waiting on one kind at once, and when it was first reached. */
	Peak peakWaiting(String waitKind) {
		Map<Integer, String> waiting = new HashMap<>();
		Peak peak = new Peak(0, Double.NaN);
		for (TraceEntry event : this.events) {
			switch (event.kind()) {
				case "suspended" -> waiting.put(event.task(), event.waitingOn());
				case "resumed", "started", "finished", "failed", "cancelled" -> waiting.remove(event.task());
				default -> {
					continue;
				}
			}
			long count = waiting.values().stream().filter(waitKind::equals).count();
			if (count > peak.count()) {
				peak = new Peak((int) count, event.seconds());
			}
		}
		return peak;
	}

	/** The names of the tasks, for messages. */
	List<String> taskNames() {
		List<String> names = new ArrayList<>();
		this.tasks.forEach((task) -> names.add(task.name()));
		return names;
	}

	@Override
	public String toString() {
		return "ProgramRun[" + this.number + " " + this.title + ", " + this.lines.size() + " lines, "
				+ (this.completed ? "completed" : "failed: " + this.failure) + "]";
	}

	/** A peak count and the loop time it was first reached at. */
	record Peak(int count, double seconds) {
	}

}
