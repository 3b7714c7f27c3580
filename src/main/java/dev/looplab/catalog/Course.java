package dev.looplab.catalog;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole course, loaded once at start-up. Chapters are kept in course order (by
 * {@link Chapter#order()}), and exercises in chapter order, then by their own order.
 */
public final class Course {

	private final List<Chapter> chapters;

	private final Map<String, Chapter> byId = new LinkedHashMap<>();

	private final Map<String, Exercise> exercisesById = new LinkedHashMap<>();

	public Course(List<Chapter> chapters) {
		this.chapters = chapters.stream().sorted(Comparator.comparingInt(Chapter::order)).toList();
		for (Chapter chapter : this.chapters) {
			if (this.byId.putIfAbsent(chapter.id(), chapter) != null) {
				throw new IllegalArgumentException("Two chapters have the id '" + chapter.id() + "'");
			}
			for (Exercise exercise : chapter.exercises()) {
				if (this.exercisesById.putIfAbsent(exercise.id(), exercise) != null) {
					throw new IllegalArgumentException("Two exercises have the id '" + exercise.id() + "'");
				}
			}
		}
	}

	/** All chapters, in the order a learner reads them. */
	public List<Chapter> chapters() {
		return this.chapters;
	}

	public Optional<Chapter> chapter(String id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	/** How many runnable examples the chapters hold together. */
	public int exampleCount() {
		return this.chapters.stream().mapToInt((chapter) -> chapter.examples().size()).sum();
	}

	/** Every graded exercise, in chapter order and then in each chapter's order. */
	public List<Exercise> exercises() {
		return List.copyOf(this.exercisesById.values());
	}

	public Optional<Exercise> exercise(String id) {
		return Optional.ofNullable(this.exercisesById.get(id));
	}

}
