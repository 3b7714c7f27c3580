package dev.looplab.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.looplab.testkit.Program;
import org.junit.jupiter.engine.JupiterTestEngine;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Grades a program inside the sandbox JVM: runs the job's test classes on the JUnit
 * Platform (Jupiter only), loaded beside the learner's classes so that they can call
 * them, with the test kit's program runs connected to this runner. Tests run one after
 * the other, in the order of their class and method names, so that grading the same code
 * twice gives the same results.
 */
final class TestRun {

	/**
	 * JUnit reports through java.util.logging, which would print into the learner's
	 * stderr.
	 */
	private static final Logger JUNIT_LOG = Logger.getLogger("org.junit");

	private TestRun() {
	}

	/**
	 * Runs every test and reports each result; returns how many tests ran.
	 * {@code whenTestsStart} runs once the tests are found, before the first one.
	 */
	static int run(Protocol.Job job, LearnerLauncher launcher, ProgramRuns programs, FrameWriter frames,
			Runnable whenTestsStart) throws ClassNotFoundException {
		JUNIT_LOG.setLevel(Level.OFF);
		Program.connect(programs);
		List<DiscoverySelector> selectors = new ArrayList<>();
		for (String name : job.tests().classNames()) {
			selectors.add(DiscoverySelectors.selectClass(launcher.load(name)));
		}
		LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
			.selectors(selectors)
			.enableImplicitConfigurationParameters(false)
			.configurationParameter("junit.jupiter.testmethod.order.default",
					"org.junit.jupiter.api.MethodOrderer$MethodName")
			.configurationParameter("junit.jupiter.testclass.order.default",
					"org.junit.jupiter.api.ClassOrderer$ClassName")
			.build();
		Launcher junit = LauncherFactory.create(LauncherConfig.builder()
			.enableTestEngineAutoRegistration(false)
			.enableLauncherSessionListenerAutoRegistration(false)
			.enableLauncherDiscoveryListenerAutoRegistration(false)
			.enablePostDiscoveryFilterAutoRegistration(false)
			.enableTestExecutionListenerAutoRegistration(false)
			.addTestEngines(new JupiterTestEngine())
			.build());
		TestReport report = new TestReport(programs, frames, launcher.learnerClasses(), whenTestsStart);
		Thread self = Thread.currentThread();
		ClassLoader previous = self.getContextClassLoader();
		self.setContextClassLoader(launcher.classLoader());
		try {
			junit.execute(request, report);
		}
		finally {
			self.setContextClassLoader(previous);
		}
		report.reportTheRest();
		return report.reported();
	}

}
