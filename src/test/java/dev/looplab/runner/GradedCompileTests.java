package dev.looplab.runner;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A graded compile in the compiler JVM's code, in-process: the learner's file never sees
 * the tests, and a learner class that would stand in for one the tests use is refused
 * with the name to change.
 */
class GradedCompileTests {

	private static final InMemoryCompiler COMPILER = new InMemoryCompiler();

	private static final String TESTS = """
			import java.util.*;

			class ShopTests {
				static final String SECRET = "the expected answer";
				void prices() {
					if (!Objects.equals(3, Shop.price())) {
						throw new AssertionError("price");
					}
					System.out.println(Math.max(1, 2));
				}
			}
			""";

	@Test
	void theLearnersFileCannotNameTheTests() {
		CompilerProtocol.Result result = grade("""
				public class Shop {
					static int price() { return 3; }
					public static void main(String[] args) { System.out.println(ShopTests.SECRET); }
				}
				""");

		assertThat(result).isInstanceOfSatisfying(CompilerProtocol.NotCompiled.class,
				(broken) -> assertThat(broken.diagnostics()).singleElement().satisfies((error) -> {
					assertThat(error.fileName()).isEqualTo("Shop.java");
					assertThat(error.message()).startsWith("cannot find symbol").contains("ShopTests");
				}));
	}

	@Test
	void theTestsSeeTheLearnersClassesAndCarryNoDebugInformation() {
		CompilerProtocol.Result result = grade("public class Shop { static int price() { return 3; } }");

		assertThat(result).isInstanceOfSatisfying(CompilerProtocol.Compiled.class, (compiled) -> {
			assertThat(compiled.files()).extracting(CompilerProtocol.CompiledFile::fileName)
				.containsExactly("Shop.java", "ShopTests.java");
			byte[] tests = compiled.files().get(1).classes().get("ShopTests");
			assertThat(new String(tests, java.nio.charset.StandardCharsets.ISO_8859_1))
				.doesNotContain("LineNumberTable")
				.doesNotContain("ShopTests.java");
		});
	}

	@Test
	void aLearnerClassNamedLikeAJavaLangClassTheTestsUseIsRefused() {
		CompilerProtocol.Result result = grade("""
				public class Shop { static int price() { return 3; } }
				class Math { static int max(int a, int b) { return 0; } }
				""");

		assertThat(refusal(result)).isEqualTo("Your code declares a class named Math, the name of java.lang.Math,"
				+ " which the tests use: inside them, Math would mean your class instead. Rename your class (for"
				+ " example to MyMath).");
	}

	@Test
	void aLearnerClassNamedLikeAClassOfAnOnDemandImportIsRefused() {
		CompilerProtocol.Result result = grade("""
				public class Shop { static int price() { return 3; } }
				class Objects { static boolean equals(Object a, Object b) { return true; } }
				""");

		assertThat(refusal(result))
			.startsWith("Your code declares a class named Objects, the name of java.util.Objects, which the tests use");
	}

	@Test
	void aNameTheTestsDoNotUseStaysFree() {
		CompilerProtocol.Result result = grade("""
				public class Shop { static int price() { return new Process().three(); } }
				class Process { int three() { return 3; } }
				""");

		assertThat(result).isInstanceOf(CompilerProtocol.Compiled.class);
	}

	@Test
	void aLearnerClassWithATestClassesNameIsRefused() {
		CompilerProtocol.Result result = grade("""
				public class Shop { static int price() { return 3; } }
				class ShopTests { }
				""");

		assertThat(refusal(result))
			.isEqualTo("Your code declares a class named ShopTests, and the exercise's tests have"
					+ " a class of that name. Rename your class.");
	}

	private static CompilerProtocol.Result grade(String learner) {
		return COMPILER.compile(List.of(CompilerProtocol.SourceFile.named(learner),
				new CompilerProtocol.SourceFile("ShopTests.java", TESTS)));
	}

	private static String refusal(CompilerProtocol.Result result) {
		assertThat(result).isInstanceOf(CompilerProtocol.NotCompiled.class);
		CompilerProtocol.Diagnostic error = ((CompilerProtocol.NotCompiled) result).diagnostics().getFirst();
		assertThat(error.code()).isEqualTo(LearnerNames.DIAGNOSTIC_CODE);
		assertThat(error.fileName()).isEqualTo("ShopTests.java");
		return error.message();
	}

}
