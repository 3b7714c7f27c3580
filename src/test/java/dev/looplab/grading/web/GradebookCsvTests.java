package dev.looplab.grading.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.looplab.catalog.Exercise;
import dev.looplab.catalog.ExerciseFile;
import dev.looplab.catalog.ExerciseLimits;
import dev.looplab.grading.Gradebook;
import dev.looplab.grading.GradebookCell;
import dev.looplab.grading.GradebookFilter;
import dev.looplab.grading.GradebookRow;
import dev.looplab.grading.Submission;
import dev.looplab.grading.SubmissionStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV fields: quoted when they must be, and never run as a formula by a spreadsheet.
 */
class GradebookCsvTests {

	@Test
	void aHeaderOfExerciseIdsThenARowPerLearnerWithTotalAndMax() {
		Exercise naps = exercise("two-naps", 3);
		Exercise gather = exercise("gather-all", 5);
		Gradebook gradebook = new Gradebook(GradebookFilter.everything(),
				List.of(new Gradebook.Group("one", "Coroutines", List.of(naps, gather))),
				List.of(new GradebookRow("ada", List.of(graded(naps, 2), graded(gather, 5))),
						new GradebookRow("grace",
								List.of(new GradebookCell(naps, 0, null, null, null), graded(gather, 1))),
						new GradebookRow("=cmd", List.of(new GradebookCell(naps, 0, null, null, null),
								new GradebookCell(gather, 0, null, null, null)))));

		assertThat(GradebookCsv.write(gradebook)).isEqualTo("""
				learner,two-naps,gather-all,total,max\r
				ada,2,5,7,8\r
				grace,,1,1,8\r
				'=cmd,,,0,8\r
				""");
	}

	@Test
	void plainFieldsAreLeftAlone() {
		assertThat(GradebookCsv.cell("ada")).isEqualTo("ada");
		assertThat(GradebookCsv.cell("two-naps")).isEqualTo("two-naps");
		assertThat(GradebookCsv.cell("7")).isEqualTo("7");
		assertThat(GradebookCsv.cell("")).isEmpty();
	}

	@Test
	void separatorsQuotesAndLineBreaksAreQuoted() {
		assertThat(GradebookCsv.cell("a,b")).isEqualTo("\"a,b\"");
		assertThat(GradebookCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(GradebookCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
		assertThat(GradebookCsv.cell("cr\rhere")).isEqualTo("\"cr\rhere\"");
	}

	@Test
	void fieldsThatLookLikeFormulasBecomeText() {
		assertThat(GradebookCsv.cell("=1+2")).isEqualTo("'=1+2");
		assertThat(GradebookCsv.cell("+1")).isEqualTo("'+1");
		assertThat(GradebookCsv.cell("-1")).isEqualTo("'-1");
		assertThat(GradebookCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(GradebookCsv.cell("\t=1")).isEqualTo("'\t=1");
		assertThat(GradebookCsv.cell("=HYPERLINK(\"http://x\",\"y\")"))
			.isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
		assertThat(GradebookCsv.cell("a=b")).isEqualTo("a=b");
	}

	private static GradebookCell graded(Exercise exercise, int score) {
		Submission submission = new Submission(UUID.randomUUID(), exercise.id(), "ada", "class A {}",
				SubmissionStatus.GRADED, score, exercise.maxScore(), null, 1, Instant.now(), null, null);
		return new GradebookCell(exercise, 1, score, submission, SubmissionStatus.GRADED);
	}

	private static Exercise exercise(String id, int maxScore) {
		ExerciseFile file = new ExerciseFile("A.java", "class A {}");
		return new Exercise(id, "one", id, 1, "", maxScore, "virtual", null, new ExerciseLimits(10, 20), "", file, file,
				List.of(), List.of());
	}

}
