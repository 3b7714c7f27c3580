package dev.looplab.sandbox;

import java.util.List;

import dev.looplab.runner.CompilerProtocol;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When only an exercise's tests fail to compile, the learner reads which name of the
 * starter code the tests need, in the names they wrote, and nothing of the tests' lines.
 */
class TestCompileErrorsTests {

	@Test
	void aMissingMethodIsNamedWithItsOwnerAndParameters() {
		assertThat(explain("compiler.err.cant.resolve.location.args", """
				cannot find symbol
				  symbol:   method crawl(java.util.List<java.lang.String>)
				  location: class Crawl""")).isEqualTo(
				"Your code compiles, but the tests cannot use it: they call Crawl.crawl(List<String>), which your code"
						+ " does not have. Keep the names and parameters of the classes, methods and fields of the starter code.");
	}

	@Test
	void aMissingClassOrFieldIsNamed() {
		assertThat(explain("compiler.err.cant.resolve.location", """
				cannot find symbol
				  symbol:   class Crawler
				  location: class CrawlTests"""))
			.contains("they use the class Crawler, which your code does not have.");
		assertThat(explain("compiler.err.cant.resolve.location", """
				cannot find symbol
				  symbol:   variable PAGES
				  location: variable shop of type Shop"""))
			.contains("they use Shop.PAGES, which your code does not have.");
	}

	@Test
	void otherParametersArePutSideBySide() {
		assertThat(explain("compiler.err.cant.apply.symbol", """
				method crawl in class Crawl cannot be applied to given types;
				  required: int
				  found:    java.util.List<java.lang.String>
				  reason: argument mismatch; java.util.List<java.lang.String> cannot be converted to int"""))
			.contains("they call Crawl.crawl with (List<String>), but yours takes (int).");
	}

	@Test
	void privateAndDuplicateNamesAreExplained() {
		assertThat(explain("compiler.err.report.access",
				"crawl(java.util.List<java.lang.String>) has private access in Crawl"))
			.contains("they use crawl(List<String>) of Crawl, which your code made private.");
		assertThat(explain("compiler.err.duplicate.class", "duplicate class: CrawlTests"))
			.contains("your code declares a class CrawlTests, and the tests have a class of that name. Rename yours.");
	}

	@Test
	void anyOtherErrorIsQuotedByItsFirstLineAndFurtherOnesCounted() {
		String message = TestCompileErrors.explain(List.of(
				new CompilerProtocol.Diagnostic("CrawlTests.java", 12, 5, "compiler.err.prob.found.req",
						"incompatible types: void cannot be converted to java.util.List<java.lang.String>"),
				new CompilerProtocol.Diagnostic("CrawlTests.java", 20, 5, "compiler.err.prob.found.req", "again")));
		assertThat(message).contains(
				"they do not compile against it (the compiler says: incompatible types: void cannot be converted to List<String>). (1 more problem like it.)")
			.doesNotContain("12");
	}

	private static String explain(String code, String message) {
		return TestCompileErrors
			.explain(List.of(new CompilerProtocol.Diagnostic("CrawlTests.java", 3, 9, code, message)));
	}

}
