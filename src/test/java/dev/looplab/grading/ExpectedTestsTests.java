package dev.looplab.grading;

import java.util.List;

import dev.looplab.catalog.ExerciseFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExpectedTestsTests {

	@Test
	void readsEachTestMethodWithItsDisplayNameAndPoints() {
		String tests = """
				import org.junit.jupiter.api.DisplayName;
				import org.junit.jupiter.api.Test;

				class CrawlTests {

					// @Test @Points(9) void commentedOut() {}

					/* @Test
					   void alsoCommentedOut() {} */

					@Test
					@DisplayName("takes 4 s (not \\"10\\")")
					@Points(2)
					void fast() {
					}

					@Points(value = 3) @Test
					public void plainName() {
					}

					@Test
					void worthOneByDefault() {
					}

					void helper() {
					}

					@BeforeEach
					void setUp() {
					}
				}
				""";
		assertThat(ExpectedTests.of(List.of(new ExerciseFile("CrawlTests.java", tests)))).containsExactly(
				new ExpectedTests.ExpectedTest("takes 4 s (not \"10\")", 2),
				new ExpectedTests.ExpectedTest("plainName", 3), new ExpectedTests.ExpectedTest("worthOneByDefault", 1));
	}

	@Test
	void namesMatchWithOrWithoutJUnitsParentheses() {
		assertThat(ExpectedTests.key("plainName()")).isEqualTo(ExpectedTests.key("plainName"));
		assertThat(ExpectedTests.key(" spaced ")).isEqualTo("spaced");
	}

}
