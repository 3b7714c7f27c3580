package dev.looplab.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads each task's life from a run's trace: when it was created, started and ended, how
 * often it was suspended, and what it printed before and after a cancellation reached it.
 */
final class TaskHistory {

	private final int id;

	private final String name;

	private final double createdAt;

	private double startedAt = Double.NaN;

	private double endedAt = Double.NaN;

	private String ending = "unfinished";

	private int suspensions;

	private final List<String> lines = new ArrayList<>();

	private double cancelledAt = Double.NaN;

	private final List<String> linesAfterCancel = new ArrayList<>();

	private TaskHistory(int id, String name, double createdAt) {
		this.id = id;
		this.name = name;
		this.createdAt = createdAt;
	}

	/** The tasks of a trace but the main one (task 1), in order of creation. */
	static List<TaskRecord> of(List<TraceEntry> events) {
		Map<Integer, TaskHistory> tasks = new LinkedHashMap<>();
		for (TraceEntry event : events) {
			if (event.task() <= 1) {
				continue;
			}
			TaskHistory task = tasks.computeIfAbsent(event.task(),
					(id) -> new TaskHistory(id, event.taskName(), event.seconds()));
			task.accept(event);
		}
		return tasks.values().stream().map(TaskHistory::toRecord).toList();
	}

	private void accept(TraceEntry event) {
		switch (event.kind()) {
			case "started" -> {
				if (Double.isNaN(this.startedAt)) {
					this.startedAt = event.seconds();
				}
			}
			case "suspended" -> this.suspensions++;
			case "resumed" -> {
				if (event.detail().equals("cancelled")) {
					cancelReached(event.seconds());
				}
			}
			case "finished", "failed", "cancelled" -> {
				if (event.kind().equals("cancelled")) {
					cancelReached(event.seconds());
				}
				this.endedAt = event.seconds();
				this.ending = event.kind();
			}
			case "output" -> {
				this.lines.add(event.detail());
				if (!Double.isNaN(this.cancelledAt)) {
					this.linesAfterCancel.add(event.detail());
				}
			}
			default -> {
			}
		}
	}

	private void cancelReached(double seconds) {
		if (Double.isNaN(this.cancelledAt)) {
			this.cancelledAt = seconds;
		}
	}

	private TaskRecord toRecord() {
		return new TaskRecord(this.id, this.name, this.createdAt, this.startedAt, this.endedAt, this.ending,
				this.suspensions, this.lines, this.cancelledAt, this.linesAfterCancel);
	}

}
