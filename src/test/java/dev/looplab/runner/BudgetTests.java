package dev.looplab.runner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runner's side of the CPU budget: the limit arrives with the job, and the place a
 * program was stopped at reads the way the learner wrote it. (Ending a real JVM is
 * covered by the sandbox's InstrumentedBudgetTests and golden scenarios.)
 */
class BudgetTests {

	@Test
	void theCpuLimitTravelsWithTheJob() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		new Protocol.Job("Main", Map.of("Main", new byte[] { 1, 2, 3 }), 1_500).writeTo(new DataOutputStream(bytes));
		Protocol.Job job = Protocol.Job.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
		assertThat(job.cpuLimitMillis()).isEqualTo(1_500);
		assertThat(job.mainClass()).isEqualTo("Main");
		assertThat(job.classes().get("Main")).containsExactly(1, 2, 3);
	}

	@Test
	void aJobWithoutALimitGetsTheDefault() {
		assertThat(new Protocol.Job("Main", Map.of()).cpuLimitMillis())
			.isEqualTo(Protocol.Job.DEFAULT_CPU_LIMIT_MILLIS);
	}

	@Test
	void placesAreNamedAsInTheSource() {
		assertThat(new BudgetPlace("Main", "main", 7).describe("main"))
			.isEqualTo("line 7 (Main.main), thread \"main\"");
		assertThat(new BudgetPlace("Main", "lambda$main$0", 12).describe("pool-1-thread-1"))
			.isEqualTo("line 12 (a lambda in Main.main), thread \"pool-1-thread-1\"");
		assertThat(new BudgetPlace("shop.Main$Cart", "<init>", 3).describe(""))
			.isEqualTo("line 3 (a constructor of Main.Cart)");
		assertThat(new BudgetPlace("Main", "<clinit>", 5).describe("main"))
			.isEqualTo("line 5 (the static initializer of Main), thread \"main\"");
		assertThat(new BudgetPlace("Main", "spin", -1).describe("")).isEqualTo("Main.spin");
	}

	@Test
	void aPlaceDeepInARecursionSaysHowDeep() {
		StackTraceElement[] stack = new StackTraceElement[1024];
		stack[0] = new StackTraceElement("dev.looplab.runner.Budget", "tick", "Budget.java", 35);
		for (int i = 1; i < stack.length; i++) {
			stack[i] = new StackTraceElement("Main", "walk", "Main.java", (i % 2 == 0) ? 8 : 11);
		}
		BudgetPlace place = BudgetPlace.find(stack, Set.of("Main"));
		assertThat(place.inRecursion()).isTrue();
		assertThat(place.describe("main")).isEqualTo("line 11 (Main.walk), thread \"main\", at least 1,000 calls deep");
		assertThat(BudgetPlace.find(new StackTraceElement[] { stack[0], stack[1] }, Set.of("Main")).inRecursion())
			.isFalse();
		assertThat(BudgetPlace.find(new StackTraceElement[] { stack[0] }, Set.of("Main"))).isNull();
	}

}
