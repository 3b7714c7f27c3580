package dev.looplab.grading;

import dev.looplab.account.Accounts;
import dev.looplab.catalog.Course;

import org.springframework.stereotype.Service;

/**
 * The instructors' gradebook: every learner's standing on every exercise of the course,
 * filtered, with the best or the latest score counting.
 */
@Service
public class Gradebooks {

	private final Course course;

	private final SubmissionRecords records;

	private final Accounts accounts;

	Gradebooks(Course course, SubmissionRecords records, Accounts accounts) {
		this.course = course;
		this.records = records;
		this.accounts = accounts;
	}

	public Gradebook gradebook(GradebookFilter filter) {
		return GradebookBuilder.build(this.course.chapters(), this.accounts.learnerNames(), this.records.all(), filter);
	}

}
