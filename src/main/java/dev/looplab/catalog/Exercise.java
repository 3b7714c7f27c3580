package dev.looplab.catalog;

import java.util.List;

/**
 * A graded exercise beside a chapter. The learner starts from {@code starter} and is
 * scored by {@code hiddenTests}, whose points add up to {@code maxScore};
 * {@code reference} is a solution that earns them all. {@code clock} is {@code "virtual"}
 * or {@code "real"}; {@code seed} picks the event loop's random order, or is {@code null}
 * for asyncio's first-in, first-out order. {@code statementHtml} is rendered like a
 * chapter, so pages may insert it unescaped.
 */
public record Exercise(String id, String chapterId, String title, int order, String summary, int maxScore, String clock,
		Long seed, ExerciseLimits limits, String statementHtml, ExerciseFile starter, ExerciseFile reference,
		List<ExerciseFile> hiddenTests, List<ExerciseFile> visibleTests) {

	public Exercise {
		hiddenTests = List.copyOf(hiddenTests);
		visibleTests = List.copyOf(visibleTests);
	}

}
