package dev.looplab.grading.web;

import java.util.ArrayList;
import java.util.List;

import dev.looplab.catalog.Exercise;
import dev.looplab.grading.Gradebook;
import dev.looplab.grading.GradebookCell;
import dev.looplab.grading.GradebookRow;

/**
 * The gradebook as CSV (RFC 4180): a header of exercise ids, a row per learner with the
 * counted scores (blank when none is graded), their total and the maximum.
 */
final class GradebookCsv {

	private static final String LINE_END = "\r\n";

	private GradebookCsv() {
	}

	static String write(Gradebook gradebook) {
		StringBuilder csv = new StringBuilder();
		List<String> header = new ArrayList<>();
		header.add("learner");
		gradebook.exercises().stream().map(Exercise::id).forEach(header::add);
		header.add("total");
		header.add("max");
		line(csv, header);
		String max = Integer.toString(gradebook.maxTotal());
		for (GradebookRow row : gradebook.rows()) {
			List<String> cells = new ArrayList<>();
			cells.add(row.learner());
			for (GradebookCell cell : row.cells()) {
				cells.add((cell.score() != null) ? cell.score().toString() : "");
			}
			cells.add(Integer.toString(row.total()));
			cells.add(max);
			line(csv, cells);
		}
		return csv.toString();
	}

	private static void line(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(cell(cells.get(i)));
		}
		csv.append(LINE_END);
	}

	/**
	 * One field: defused if a spreadsheet would take it for a formula, then quoted if it
	 * holds a separator, a quote or a line break.
	 */
	static String cell(String value) {
		String text = defused(value);
		boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0;
		return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}

	/**
	 * Spreadsheets run a field that starts with {@code = + - @} (or a tab or carriage
	 * return before one) as a formula; a leading apostrophe makes it plain text.
	 */
	private static String defused(String value) {
		if (value.isEmpty()) {
			return value;
		}
		return switch (value.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
			default -> value;
		};
	}

}
