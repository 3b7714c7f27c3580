package dev.looplab.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.looplab.testkit.Points;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Sends one test-result frame per test as it finishes: its name, whether it passed, its
 * points (from {@link Points}, 1 without) and a message for the learner. Tests that never
 * ran because their class could not start are reported as failed at the end, with the
 * reason.
 */
final class TestReport implements TestExecutionListener {

	private final ProgramRuns programs;

	private final FrameWriter frames;

	private final Set<String> learnerClasses;

	private TestPlan plan;

	/** The tests of the plan, by unique id, not yet reported. */
	private final Set<String> unreported = new LinkedHashSet<>();

	/** The tests that started, by unique id. */
	private final Set<String> started = new HashSet<>();

	/** Why a container failed or was skipped, by unique id. */
	private final Map<String, String> containerTrouble = new HashMap<>();

	private final Runnable whenTestsStart;

	private int reported;

	TestReport(ProgramRuns programs, FrameWriter frames, Set<String> learnerClasses, Runnable whenTestsStart) {
		this.programs = programs;
		this.frames = frames;
		this.learnerClasses = learnerClasses;
		this.whenTestsStart = whenTestsStart;
	}

	@Override
	public void testPlanExecutionStarted(TestPlan testPlan) {
		this.plan = testPlan;
		this.whenTestsStart.run();
		for (TestIdentifier root : testPlan.getRoots()) {
			testPlan.getDescendants(root)
				.stream()
				.filter(TestIdentifier::isTest)
				.forEach((test) -> this.unreported.add(test.getUniqueId()));
		}
	}

	@Override
	public void executionStarted(TestIdentifier identifier) {
		if (identifier.isTest()) {
			// Each test starts on a thread the learner's program has not interrupted.
			Thread.interrupted();
			this.started.add(identifier.getUniqueId());
			this.programs.testStarts();
		}
	}

	@Override
	public void executionSkipped(TestIdentifier identifier, String reason) {
		String message = "This test was skipped: " + reason;
		if (identifier.isTest()) {
			send(identifier, false, message);
		}
		else {
			this.containerTrouble.put(identifier.getUniqueId(), message);
		}
	}

	@Override
	public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
		boolean passed = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
		String message = passed ? ""
				: TestMessages.of(result.getStatus(), result.getThrowable().orElse(null), this.learnerClasses);
		if (identifier.isTest()) {
			send(identifier, passed, message);
		}
		else if (!passed) {
			this.containerTrouble.put(identifier.getUniqueId(), message);
		}
	}

	/** Fails every test that never reported, with the reason its container gave. */
	void reportTheRest() {
		for (String id : Set.copyOf(this.unreported).stream().sorted().toList()) {
			TestIdentifier test = this.plan.getTestIdentifier(id);
			send(test, false, troubleAbove(test).orElse("This test did not run."));
		}
	}

	int reported() {
		return this.reported;
	}

	private Optional<String> troubleAbove(TestIdentifier test) {
		for (Optional<TestIdentifier> parent = this.plan.getParent(test); parent
			.isPresent(); parent = this.plan.getParent(parent.get())) {
			String trouble = this.containerTrouble.get(parent.get().getUniqueId());
			if (trouble != null) {
				return Optional.of(trouble);
			}
		}
		return Optional.empty();
	}

	private void send(TestIdentifier test, boolean passed, String message) {
		if (!this.started.contains(test.getUniqueId())) {
			// Skipped, or never started: it looked at no program run.
			this.programs.testStarts();
		}
		this.unreported.remove(test.getUniqueId());
		int worth = points(test);
		try {
			this.frames.testResult(new TestOutcome(name(test), passed, passed ? worth : 0, worth,
					this.programs.usedByTest(), message));
			this.reported++;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The display name, or the method's name when the display name is the default
	 * {@code method()}; an invocation of a parameterised test is named after its method
	 * too.
	 */
	private String name(TestIdentifier test) {
		String own = ownName(test);
		boolean invocation = this.plan.getParent(test)
			.filter(TestIdentifier::isContainer)
			.flatMap(TestIdentifier::getSource)
			.filter(MethodSource.class::isInstance)
			.isPresent();
		return invocation ? ownName(this.plan.getParent(test).get()) + " " + own : own;
	}

	private static String ownName(TestIdentifier test) {
		String display = test.getDisplayName();
		if (test.getSource().orElse(null) instanceof MethodSource method
				&& display.equals(method.getMethodName() + "(" + method.getMethodParameterTypes() + ")")) {
			return method.getMethodName();
		}
		return display;
	}

	private static int points(TestIdentifier test) {
		if (test.getSource().orElse(null) instanceof MethodSource source) {
			try {
				Method method = source.getJavaMethod();
				Points points = method.getAnnotation(Points.class);
				return (points != null) ? points.value() : 1;
			}
			catch (RuntimeException ex) {
				return 1;
			}
		}
		return 1;
	}

}
