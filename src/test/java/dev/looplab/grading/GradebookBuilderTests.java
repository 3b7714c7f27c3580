package dev.looplab.grading;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import dev.looplab.catalog.Chapter;
import dev.looplab.catalog.Exercise;
import dev.looplab.catalog.ExerciseFile;
import dev.looplab.catalog.ExerciseLimits;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gradebook's policies (best or latest), its filters and totals, on plain lists.
 */
class GradebookBuilderTests {

	static final Exercise NAPS = exercise("naps", "one", 3);

	static final Exercise GATHER = exercise("gather", "one", 5);

	static final Exercise POOL = exercise("pool", "two", 10);

	static final List<Chapter> CHAPTERS = List.of(chapter("one", "Coroutines", NAPS, GATHER),
			chapter("two", "Thread pools", POOL), chapter("three", "No exercises here"));

	private final List<Submission> submissions = new ArrayList<>();

	private Instant clock = Instant.parse("2026-11-29T10:00:00Z");

	@Test
	void bestCountsTheHighestGradedScoreAndLatestTheNewestGradedOne() {
		Submission first = submit("ada", NAPS, SubmissionStatus.GRADED, 1);
		Submission best = submit("ada", NAPS, SubmissionStatus.GRADED, 3);
		submit("ada", NAPS, SubmissionStatus.GRADED, 3);
		Submission newest = submit("ada", NAPS, SubmissionStatus.GRADED, 2);
		submit("ada", NAPS, SubmissionStatus.FAILED, null);

		GradebookCell bestCell = cell("ada", NAPS, ScorePolicy.BEST);
		assertThat(bestCell.score()).isEqualTo(3);
		assertThat(bestCell.counted()).as("the first submission that reached the best score").isEqualTo(best);
		assertThat(bestCell.attempts()).isEqualTo(5);

		GradebookCell latestCell = cell("ada", NAPS, ScorePolicy.LATEST);
		assertThat(latestCell.score()).as("the failed grading has no score, so the one before counts").isEqualTo(2);
		assertThat(latestCell.counted()).isEqualTo(newest);
		assertThat(latestCell.attempts()).isEqualTo(5);
		assertThat(first.score()).isEqualTo(1);
	}

	@Test
	void aCellWithoutAGradedSubmissionHasNoScoreAndLinksToTheNewestOne() {
		submit("ada", NAPS, SubmissionStatus.FAILED, null);
		Submission queued = submit("ada", NAPS, SubmissionStatus.QUEUED, null);

		GradebookCell cell = cell("ada", NAPS, ScorePolicy.BEST);
		assertThat(cell.score()).isNull();
		assertThat(cell.counted()).isEqualTo(queued);
		assertThat(cell.pending()).isTrue();
		assertThat(cell("ada", GATHER, ScorePolicy.BEST).submitted()).isFalse();
	}

	@Test
	void aLaterSubmissionStillQueuedLeavesTheGradedScoreCountingAndShowsItIsPending() {
		submit("ada", NAPS, SubmissionStatus.GRADED, 2);
		submit("ada", NAPS, SubmissionStatus.RUNNING, null);

		GradebookCell cell = cell("ada", NAPS, ScorePolicy.LATEST);
		assertThat(cell.score()).isEqualTo(2);
		assertThat(cell.pending()).isTrue();
	}

	@Test
	void rowsAreEveryLearnerAndEveryoneWhoSubmittedByNameWithTotals() {
		submit("edsger", NAPS, SubmissionStatus.GRADED, 3);
		submit("ada", NAPS, SubmissionStatus.GRADED, 1);
		submit("ada", GATHER, SubmissionStatus.GRADED, 4);
		submit("ada", POOL, SubmissionStatus.GRADED, 7);

		Gradebook gradebook = build(GradebookFilter.everything());
		assertThat(gradebook.rows()).extracting(GradebookRow::learner).containsExactly("ada", "edsger", "grace");
		assertThat(gradebook.exercises()).containsExactly(NAPS, GATHER, POOL);
		assertThat(gradebook.groups()).extracting(Gradebook.Group::chapterTitle)
			.containsExactly("Coroutines", "Thread pools");
		assertThat(gradebook.maxTotal()).isEqualTo(18);
		assertThat(gradebook.rows()).extracting(GradebookRow::total).containsExactly(12, 3, 0);
		assertThat(gradebook.rows().get(2).cells()).noneMatch(GradebookCell::submitted);
	}

	@Test
	void theChapterFilterKeepsItsExercisesAndTotalsOverThemOnly() {
		submit("ada", NAPS, SubmissionStatus.GRADED, 1);
		submit("ada", POOL, SubmissionStatus.GRADED, 7);
		submit("grace", NAPS, SubmissionStatus.GRADED, 2);

		Gradebook gradebook = build(new GradebookFilter("two", "", true, ScorePolicy.BEST));
		assertThat(gradebook.exercises()).containsExactly(POOL);
		assertThat(gradebook.maxTotal()).isEqualTo(10);
		assertThat(gradebook.rows()).as("grace submitted, but not in this chapter")
			.extracting(GradebookRow::learner)
			.containsExactly("ada");
		assertThat(gradebook.rows().getFirst().total()).isEqualTo(7);

		assertThat(build(new GradebookFilter("no-such-chapter", "", false, ScorePolicy.BEST)).exercises()).isEmpty();
	}

	@Test
	void theNameFilterIgnoresCaseAndTheSubmittedFilterDropsLearnersWithout() {
		submit("grace", GATHER, SubmissionStatus.QUEUED, null);

		assertThat(build(new GradebookFilter("", " RAC ", false, ScorePolicy.BEST)).rows())
			.extracting(GradebookRow::learner)
			.containsExactly("grace");
		assertThat(build(new GradebookFilter("", "", true, ScorePolicy.BEST)).rows()).extracting(GradebookRow::learner)
			.as("a queued submission is a submission")
			.containsExactly("grace");
		assertThat(build(new GradebookFilter("", "e", false, ScorePolicy.BEST)).rows())
			.extracting(GradebookRow::learner)
			.containsExactly("grace");
	}

	@Test
	void thePolicyParameterDefaultsToBest() {
		assertThat(ScorePolicy.parse("latest")).isEqualTo(ScorePolicy.LATEST);
		assertThat(ScorePolicy.parse(" LATEST ")).isEqualTo(ScorePolicy.LATEST);
		assertThat(ScorePolicy.parse("best")).isEqualTo(ScorePolicy.BEST);
		assertThat(ScorePolicy.parse(null)).isEqualTo(ScorePolicy.BEST);
		assertThat(ScorePolicy.parse("worst")).isEqualTo(ScorePolicy.BEST);
	}

	private GradebookCell cell(String learner, Exercise exercise, ScorePolicy policy) {
		Gradebook gradebook = build(new GradebookFilter("", learner, false, policy));
		GradebookRow row = gradebook.rows()
			.stream()
			.filter((each) -> each.learner().equals(learner))
			.findFirst()
			.orElseThrow();
		return row.cells().get(gradebook.exercises().indexOf(exercise));
	}

	private Gradebook build(GradebookFilter filter) {
		List<Submission> newestFirst = this.submissions.stream()
			.sorted(Comparator.comparing(Submission::createdAt).reversed())
			.toList();
		return GradebookBuilder.build(CHAPTERS, List.of("ada", "grace"), newestFirst, filter);
	}

	private Submission submit(String owner, Exercise exercise, SubmissionStatus status, Integer score) {
		this.clock = this.clock.plusSeconds(60);
		Submission submission = new Submission(UUID.randomUUID(), exercise.id(), owner, "class A {}", status, score,
				exercise.maxScore(), null, status.isDone() ? 1 : 0, this.clock, null, null);
		this.submissions.add(submission);
		return submission;
	}

	static Exercise exercise(String id, String chapterId, int maxScore) {
		ExerciseFile file = new ExerciseFile("A.java", "class A {}");
		return new Exercise(id, chapterId, "Exercise " + id, maxScore, "", maxScore, "virtual", null,
				new ExerciseLimits(10, 20), "", file, file, List.of(), List.of());
	}

	static Chapter chapter(String id, String title, Exercise... exercises) {
		return new Chapter(id, title, 1, "", "", List.of(), List.of(), List.of(exercises));
	}

}
