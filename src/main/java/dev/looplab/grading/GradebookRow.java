package dev.looplab.grading;

import java.util.List;
import java.util.Objects;

/**
 * One learner's line of the gradebook: a cell per shown exercise, in column order.
 */
public record GradebookRow(String learner, List<GradebookCell> cells) {

	public GradebookRow {
		cells = List.copyOf(cells);
	}

	/** The sum of the counted scores (ungraded exercises count nothing). */
	public int total() {
		return this.cells.stream().map(GradebookCell::score).filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
	}

	public boolean submittedAny() {
		return this.cells.stream().anyMatch(GradebookCell::submitted);
	}

}
